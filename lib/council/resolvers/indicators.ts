import type { CouncilConfig } from "../../config/project";
import { globalId } from "../../ids/global-id";
import { badUserInput } from "../../graphql/errors";
import { CouncilIndicator, FigureEntity, IndicatorReference, INDICATOR_TYPE_NAME, MeasureEntity } from "../records";

const INDICATOR_CODE = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** Indicator codes are slugs; anything else is a client mistake, not an empty answer. */
export function indicatorCode(code: string): string {
  if (!INDICATOR_CODE.test(code)) throw badUserInput(`"${code.slice(0, 100)}" is not an indicator code (lower-case letters, digits and hyphens, e.g. "cared-for-children")`, { field: "code" });
  return code;
}

/** Newest first: by statistics period, then as-at date; values with neither keep document order. */
const newestFirst = (a: FigureEntity, b: FigureEntity): number => (b.timePeriod ?? "").localeCompare(a.timePeriod ?? "") || (b.asAt ?? "").localeCompare(a.asAt ?? "") || a.position - b.position;

/** Council.indicator(code): the council's values of one indicator, its comparators' and the measures that track it. */
export function councilIndicator(council: CouncilConfig, code: string, figures: FigureEntity[], measures: MeasureEntity[]): CouncilIndicator {
  const values = figures.filter((figure) => figure.geography === null).sort(newestFirst);
  return Object.assign(new CouncilIndicator(), {
    indicator: new IndicatorReference(globalId(INDICATOR_TYPE_NAME, code)),
    tracked: measures.length > 0,
    measures,
    values,
    latest: values[0] ?? null,
    comparators: figures.filter((figure) => figure.geography !== null).sort(newestFirst),
    noValueReason:
      values.length > 0
        ? null
        : measures.length > 0
          ? `${council.name}'s plans track this indicator, but the loaded documents and statistics give no value for it.`
          : `${council.name} has no value for this indicator in the loaded documents and statistics.`,
  });
}
