import type { DataSource } from "typeorm";
import type { CouncilConfig } from "../config/project";
import { checkCouncilLinks, readCouncilData, readVocabulary } from "../data/project-data";
import { DataProblems, type Problem } from "../data/problems";
import type { HeadingFile, SourceRef, StatementFile } from "../data/schemas";
import { checkFigureDates } from "../data/figure-dates";
import { checksumOf, loadRows, syncRows, type LoadCounts, type TableRows } from "../db/load-rows";
import { documentRows } from "../sources/load";
import { globalId } from "../ids/global-id";
import { recordDataLoad } from "../tracking/write";
import type { CouncilTypes } from "./entities";
import { councilTypeName } from "../vocabulary/council-type-names";
import { ActionStatus } from "../vocabulary/enums";
import { ActionThemeRow, BoardPlanRow, StatementEntity } from "./model";
import { FigureEntity, MeasureEntity, MeasureGroupEntity, ReportSectionEntity, SignatoryEntity, VoiceEntity } from "./records";
import { comparatorResolver } from "./figure-comparators";

const quoted = (source: SourceRef, fallbackDocument: string) => ({ documentId: source.document ?? fallbackDocument, section: source.section, quote: source.quote });

/** The council's data files as table rows, in load order, with a checksum of everything read. */
export function councilTables(root: string, council: CouncilConfig, types: CouncilTypes): { tables: TableRows[]; checksum: string } {
  const problems: Problem[] = [];
  const vocabulary = readVocabulary(root, problems, [council.id]);
  const data = readCouncilData(root, council, vocabulary, problems);
  checkCouncilLinks(council, data, vocabulary, problems);
  checkFigureDates(council, data, problems);
  const comparatorsOf = comparatorResolver(root, council, problems);
  if (problems.length > 0) throw new DataProblems(problems);

  const plans: object[] = [];
  const priorities: object[] = [];
  const actions: object[] = [];
  const actionThemes: ActionThemeRow[] = [];
  const statements: StatementEntity[] = [];
  const measures: MeasureEntity[] = [];
  const voices: VoiceEntity[] = [];
  const signatories: SignatoryEntity[] = [];
  const measureGroups: MeasureGroupEntity[] = [];
  type StatementItem = StatementFile & { kind?: string; title?: string | null; label?: string | null; number?: string | null; parent?: string | null };
  const statementRows = (ownerKind: StatementEntity["ownerKind"], ownerSlug: string, planSlug: string, kind: string | null, items: StatementItem[] | undefined, document: string) =>
    (items ?? []).forEach((item) =>
      statements.push(Object.assign(new StatementEntity(), {
        slug: `${ownerSlug}.${item.id}`,
        ownerSlug,
        ownerKind,
        kindCode: kind ?? item.kind ?? "VISION",
        title: item.title ?? null,
        label: item.label ?? null,
        number: item.number ?? null,
        parentSlug: item.parent ? `${planSlug}.${item.parent}` : null,
        position: statements.length,
        text: item.text,
        ...quoted(item.source, document),
      })),
    );

  data.plans.forEach((plan, planPosition) => {
    const document = plan.document;
    plans.push(Object.assign(new types.Plan(), {
      slug: plan.id,
      position: planPosition,
      title: plan.title,
      kind: plan.kind,
      periodStart: plan.period.start,
      periodEnd: plan.period.end,
      periodText: plan.period.text,
      periodSection: plan.period.source.section,
      periodQuote: plan.period.source.quote,
      periodDocumentId: plan.period.source.document ?? null,
      ...quoted(plan.source, document),
    }));
    statementRows("PLAN", plan.id, plan.id, "OUTCOME", plan.outcomes, document);
    statementRows("PLAN", plan.id, plan.id, null, plan.statements, document);
    let position = 0;
    const walk = (items: HeadingFile[], parentSlug: string | null) => {
      for (const heading of items) {
        const slug = `${plan.id}.${heading.id}`;
        priorities.push(Object.assign(new types.Priority(), {
          slug,
          position: position++,
          planSlug: plan.id,
          parentSlug,
          kind: heading.kind,
          number: heading.number,
          title: heading.title,
          description: heading.description,
          ...quoted(heading.source, document),
        }));
        statementRows("PRIORITY", slug, plan.id, "SUCCESS_MEASURE", heading.successMeasures, document);
        walk(heading.children, slug);
      }
    };
    walk(plan.headings, null);
    // Keys of records within the plan (headings, measure groups) are "<plan>.<id>".
    const prioritySlug = (id: string | null | undefined) => (id ? `${plan.id}.${id}` : null);
    plan.actions.forEach((action, actionPosition) => {
      const slug = `${plan.id}.${action.id}`;
      actions.push(Object.assign(new types.Action(), {
        slug,
        position: actionPosition,
        planSlug: plan.id,
        prioritySlug: prioritySlug(action.parent),
        title: action.title,
        description: action.description,
        heading: action.heading,
        status: ActionStatus.NOT_REPORTED,
        rag: null,
        version: 0,
        updatedAt: null,
        ...quoted(action.source, document),
      }));
      for (const theme of action.themes) actionThemes.push(Object.assign(new ActionThemeRow(), { actionSlug: slug, theme }));
    });
    (plan.measureGroups ?? []).forEach((group, index) =>
      measureGroups.push(Object.assign(new MeasureGroupEntity(), {
        slug: `${plan.id}.${group.id}`, position: index, planSlug: plan.id, parentSlug: prioritySlug(group.parent), title: group.title, ...quoted(group.source, document),
      })),
    );
    (plan.measures ?? []).forEach((measure, index) =>
      measures.push(Object.assign(new MeasureEntity(), {
        slug: `${plan.id}.${measure.id}`, position: index, planSlug: plan.id, prioritySlug: prioritySlug(measure.parent), groupSlug: prioritySlug(measure.group),
        indicator: measure.indicator, text: measure.text, ...quoted(measure.source, document),
      })),
    );
    (plan.voices ?? []).forEach((voice, index) =>
      voices.push(Object.assign(new VoiceEntity(), {
        slug: `${plan.id}.${voice.id}`, position: index, planSlug: plan.id, kind: voice.kind, speaker: voice.speaker, text: voice.text, ...quoted(voice.source, document),
      })),
    );
    (plan.signatories ?? []).forEach((signatory, index) =>
      signatories.push(Object.assign(new SignatoryEntity(), {
        slug: `${plan.id}.${signatory.id}`, position: index, planSlug: plan.id, name: signatory.name, role: signatory.role, ...quoted(signatory.source, document),
      })),
    );
  });
  const boards = data.boards.map((board, position) =>
    Object.assign(new types.Board(), { slug: board.id, position, name: board.name, kind: board.kind, chair: board.chair, ...quoted(board.source, board.source.document) }),
  );
  const boardPlans = data.boards.flatMap((board) => board.oversees.map((plan) => Object.assign(new BoardPlanRow(), { boardSlug: board.id, planSlug: plan })));
  const figures = data.figures.map((figure, position) =>
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
  const meetings: object[] = [];
  const reports: object[] = [];
  const sections: ReportSectionEntity[] = [];
  data.meetings.forEach((meeting, meetingPosition) => {
    const document = meeting.source.document;
    meetings.push(Object.assign(new types.Meeting(), { slug: meeting.id, position: meetingPosition, boardSlug: meeting.board, date: meeting.date, ...quoted(meeting.source, document) }));
    meeting.reports.forEach((report, reportPosition) => {
      reports.push(Object.assign(new types.Report(), {
        slug: report.id,
        position: reportPosition,
        meetingSlug: meeting.id,
        planSlug: report.presents,
        title: report.title,
        author: report.author,
        leadCabinetMember: report.leadCabinetMember,
        wardsAffected: report.wardsAffected,
        publicStatus: report.publicStatus,
        appendices: report.appendices,
        documentId: document,
        section: "Report Title",
        quote: report.title,
      }));
      report.sections.forEach((section, sectionPosition) =>
        sections.push(Object.assign(new ReportSectionEntity(), {
          slug: `${report.id}.${section.id}`,
          position: sectionPosition,
          reportSlug: report.id,
          number: section.number,
          heading: section.heading,
          kind: section.kind,
          paragraphs: section.paragraphs,
          ...quoted(section.source, document),
        })),
      );
    });
  });

  return {
    checksum: checksumOf([...vocabulary.texts, ...data.texts]),
    tables: [
      documentRows(vocabulary.catalogue),
      { target: types.Plan, rows: plans },
      { target: types.Priority, rows: priorities },
      // Tracked state is recorded by users, not by the data files: a reload never touches it.
      {
        target: types.Action,
        rows: actions,
        keep: ["status", "rag", "forecastStatus", "version", "updatedAt"],
        protect: (row: { version?: number }) => ((row.version ?? 0) > 0 ? "users have recorded progress on it" : null),
      },
      { target: ActionThemeRow, rows: actionThemes },
      { target: types.Board, rows: boards },
      { target: BoardPlanRow, rows: boardPlans },
      { target: StatementEntity, rows: statements },
      { target: MeasureGroupEntity, rows: measureGroups },
      { target: MeasureEntity, rows: measures },
      { target: VoiceEntity, rows: voices },
      { target: SignatoryEntity, rows: signatories },
      { target: FigureEntity, rows: figures },
      { target: types.Meeting, rows: meetings },
      { target: types.Report, rows: reports },
      { target: ReportSectionEntity, rows: sections },
    ],
  };
}

/** On start: loads the files unless the database holds exactly them; null when nothing was loaded. */
export async function loadCouncilData(dataSource: DataSource, root: string, council: CouncilConfig, types: CouncilTypes): Promise<LoadCounts | null> {
  const { tables, checksum } = councilTables(root, council, types);
  return loadRows(dataSource, `council:${council.id}`, checksum, tables, recordDataLoad(globalId(councilTypeName(council, "Council"), council.id)));
}

/** `npm run data:load`: applies the files whatever the database holds, and reports what changed. */
export async function syncCouncilData(dataSource: DataSource, root: string, council: CouncilConfig, types: CouncilTypes): Promise<LoadCounts> {
  const { tables, checksum } = councilTables(root, council, types);
  return syncRows(dataSource, `council:${council.id}`, checksum, tables, recordDataLoad(globalId(councilTypeName(council, "Council"), council.id)));
}
