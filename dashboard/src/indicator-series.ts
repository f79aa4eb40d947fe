import type { IndicatorValueFieldsFragment } from "../../generated/graphql";

/** No DOM here: turns councils' indicator values into chart series (unit-tested in test/lib). */

export interface CouncilValues {
  name: string;
  values: IndicatorValueFieldsFragment[];
}

export interface Series {
  /** The periods along the x axis, oldest first. */
  labels: string[];
  /** One dataset per council; null where it has no number for that period. */
  datasets: Array<{ label: string; data: Array<number | null> }>;
}

/** How a value's period reads: the statistics' period, else the date the document gives it at. */
export function periodLabel(value: Pick<IndicatorValueFieldsFragment, "period" | "asAt">): string {
  if (value.period) return value.period.timeIdentifier ? `${value.period.timePeriod} (${value.period.timeIdentifier})` : value.period.timePeriod;
  return value.asAt ?? "undated";
}

/** The period as a table says it: an undated value says why it has no date (the chart's axis says only "undated"). */
export function periodText(value: Pick<IndicatorValueFieldsFragment, "period" | "asAt" | "undatedReason">): string {
  const label = periodLabel(value);
  return value.undatedReason && !value.period && !value.asAt ? `${label}: ${value.undatedReason}` : label;
}

/** Only values with a number are charted; suppressed, unavailable and similar stay in the table. */
export function comparisonSeries(councils: CouncilValues[]): Series {
  const charted = councils.map(({ name, values }) => ({ name, values: values.filter((value) => value.value !== null) }));
  const labels = [...new Set(charted.flatMap(({ values }) => values.map(periodLabel)))].sort();
  return {
    labels,
    datasets: charted.map(({ name, values }) => ({
      label: name,
      data: labels.map((label) => values.find((value) => periodLabel(value) === label)?.value ?? null),
    })),
  };
}
