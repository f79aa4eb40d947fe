import type { CouncilConfig } from "../config/project";
import type { CouncilData } from "./council-data";
import { displayPath, type Problem } from "./problems";

/**
 * Every figure says when it is from: an `asAt` date or a statistics `timePeriod`, or, where the
 * document gives neither, an `undatedReason` saying so. An undated figure is still served (marked
 * undated, with its reason), never silently left out of a council's values or comparisons.
 */
export function checkFigureDates(council: CouncilConfig, data: CouncilData, problems: Problem[]): void {
  const file = `${displayPath(council.dataDir)}/figures.json`;
  data.figures.forEach((figure, index) => {
    const record = `[${index}] (${figure.id})`;
    const dated = figure.asAt !== null || figure.timePeriod !== null;
    if (!dated && !figure.undatedReason) {
      problems.push({
        file,
        record,
        field: "asAt",
        message: "has no date: asAt and timePeriod are both null",
        fix: 'give the date the document states (asAt, e.g. "2024-03") or its statistics period (timePeriod), or, where the document gives none, an undatedReason saying so (e.g. "The plan gives this figure without a date.")',
      });
    }
    if (dated && figure.undatedReason) {
      problems.push({ file, record, field: "undatedReason", message: "is given for a dated figure (asAt or timePeriod is set)", fix: "remove undatedReason, or the date if the document gives none" });
    }
  });
}
