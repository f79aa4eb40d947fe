import { join } from "node:path";
import { Directive, Field, Float, ObjectType } from "type-graphql";
import type { CouncilConfig } from "../config/project";
import { readDataFile, type Problem } from "../data/problems";
import { geographiesFile, type FigureComparatorFile } from "../data/schemas";
import { Source } from "../sources/model";

const ENGLAND = "E92000001";

/** A comparison as stored with its figure (simple-json): the area resolved to a GSS code and name where known. */
export interface StoredComparator {
  area: string;
  areaCode: string | null;
  areaName: string | null;
  value: number | null;
  text: string;
  documentId: string;
  section: string;
  quote: string;
}

@ObjectType("FigureComparator", { description: "A comparison a document states beside a figure (its region, England or another area), in its own words; the value only where it gives one." })
@Directive("@shareable")
export class FigureComparator {
  @Field(() => String, { description: 'The area compared with, as the data file gives it: "REGION" (the council\'s region), "ENGLAND", or a GSS code.' })
  area: string;

  @Field(() => String, { nullable: true, description: "The area's GSS code (REGION is the council's configured region); null when the council has no region configured." })
  areaCode: string | null;

  @Field(() => String, { nullable: true, description: "The area's name, from the geography vocabulary; null when it does not list the area." })
  areaName: string | null;

  @Field(() => Float, { nullable: true, description: "The comparator's value, in the indicator's unit, where the document gives a number; null where it gives only words (\"above the national average\")." })
  value: number | null;

  @Field(() => String, { description: 'The comparison as the document words it, e.g. "above the national average".' })
  text: string;

  @Field(() => Source, { description: "The document, section and words the comparison is taken from." })
  source: Source;
}

/** The figures' comparators, resolved against the council's region and lib/vocabulary/geographies.json. */
export function comparatorResolver(root: string, council: CouncilConfig, problems: Problem[]): (comparators: FigureComparatorFile[] | undefined) => StoredComparator[] {
  const names = new Map((readDataFile(join(root, "lib", "vocabulary", "geographies.json"), geographiesFile, problems) ?? []).map((area) => [area.code, area.name]));
  return (comparators) =>
    (comparators ?? []).map((comparator) => {
      const areaCode = comparator.area === "ENGLAND" ? ENGLAND : comparator.area === "REGION" ? (council.region ?? null) : comparator.area;
      return {
        area: comparator.area,
        areaCode,
        areaName: areaCode === null ? null : (names.get(areaCode) ?? null),
        value: comparator.value,
        text: comparator.text,
        documentId: comparator.source.document,
        section: comparator.source.section,
        quote: comparator.source.quote,
      };
    });
}

export const comparatorOf = (stored: StoredComparator): FigureComparator =>
  Object.assign(new FigureComparator(), { area: stored.area, areaCode: stored.areaCode, areaName: stored.areaName, value: stored.value, text: stored.text, source: new Source(stored.documentId, stored.section, stored.quote) });
