import type { FigureComparatorFile, FigureFile } from "../../data/schemas";
import type { StoredComparator } from "../figure-comparators";
import { FigureEntity } from "../records";
import { quoted } from "./source";

/** The council's figures, with their comparators resolved (see figure-comparators.ts). */
export function figureRows(figures: FigureFile[], comparatorsOf: (comparators: FigureComparatorFile[] | undefined) => StoredComparator[]): FigureEntity[] {
  return figures.map((figure, position) =>
    Object.assign(new FigureEntity(), {
      slug: figure.id,
      position,
      indicator: figure.indicator,
      geography: figure.geography,
      value: figure.value,
      numerator: figure.numerator ?? null,
      denominator: figure.denominator ?? null,
      status: figure.status,
      timePeriod: figure.timePeriod,
      timeIdentifier: figure.timeIdentifier,
      asAt: figure.asAt,
      undatedReason: figure.undatedReason ?? null,
      comparatorRows: figure.comparators && figure.comparators.length > 0 ? comparatorsOf(figure.comparators) : null,
      text: figure.text,
      ...quoted(figure.source, figure.source.document),
    }),
  );
}
