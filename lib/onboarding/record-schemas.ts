import { z } from "zod";
import { actionFile, boardFile, councilConfigFile, documentsFile, figureComparator, figureFile, indicatorFile, KIND_CODE, measureFile, measureGroupFile, planFile, sourceRef, statementWithKindFile, themesFile } from "../data/schemas";

/**
 * The schema each spreadsheet row is validated against: the project's own (lib/data/schemas.ts),
 * record by record. Every shape comes from the project's schemas; this file only picks the record
 * out of its file.
 */
const slug = actionFile.shape.id;
const text = actionFile.shape.title;
/** Heading kinds are open codes from the vocabulary (heading-kinds): which exist is data:check's question. */
const kindCode = z.string().regex(KIND_CODE, "must be a kind code in capitals, such as OUTCOME");

export const councilRecord = councilConfigFile;
export const documentRecord = documentsFile.element;
export const planRecord = planFile.pick({ id: true, title: true, kind: true, document: true, period: true, source: true });
/** A heading without its children (headingFile is recursive; the tree is built from the rows' parent ids). */
export const headingRecord = z.strictObject({ id: slug, kind: kindCode, number: z.string().trim().min(1).nullable(), title: text, description: text.nullable(), source: sourceRef });
export const actionRecord = actionFile;
export const statementRecord = statementWithKindFile;
export const measureRecord = measureFile;
export const measureGroupRecord = measureGroupFile;
export const indicatorRecord = indicatorFile;
/** A figure, with its comparators and undated reason (the project's figure schema). */
export const figureRecord = figureFile;
export const comparatorRecord = figureComparator;
export const boardRecord = boardFile;
export const themeRecord = themesFile.element;

export type CouncilRecord = z.infer<typeof councilRecord>;
export type DocumentEntry = z.infer<typeof documentRecord>;
export type PlanRecord = z.infer<typeof planRecord>;
export type HeadingRecord = z.infer<typeof headingRecord>;
export type ActionRecord = z.infer<typeof actionRecord>;
export type StatementRecord = z.infer<typeof statementRecord>;
export type MeasureRecord = z.infer<typeof measureRecord>;
export type MeasureGroupRecord = z.infer<typeof measureGroupRecord>;
export type IndicatorRecord = z.infer<typeof indicatorRecord>;
export type FigureRecord = z.infer<typeof figureRecord>;
export type ComparatorRecord = z.infer<typeof comparatorRecord>;
export type BoardRecord = z.infer<typeof boardRecord>;
export type ThemeRecord = z.infer<typeof themeRecord>;

/** A heading in the plan file: the record with the headings under it. */
export interface HeadingNode extends HeadingRecord {
  children: HeadingNode[];
}

/** A plan file as the import writes it (the issue 20 format). */
export interface PlanOutput extends PlanRecord {
  headings: HeadingNode[];
  actions: ActionRecord[];
  statements: StatementRecord[];
  measureGroups: MeasureGroupRecord[];
  measures: MeasureRecord[];
}

export type FigureOutput = FigureRecord;
