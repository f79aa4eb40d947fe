import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { CouncilConfig } from "../config/project";
import { documentPath, type DocumentRecord } from "../sources/catalogue";
import { displayPath, fileUnderRoot, readDataFile, type Problem } from "./problems";
import { boardsFile, documentsFile, figuresFile, agencyValuesFile, jointInitiativesFile, meetingsFile, planFile, type AgencyValuesFile, type IndicatorFile, type JointInitiativeFile, type PlanFile, type SourceRef } from "./schemas";
import { checkPlanStructure } from "./plan-structure-check";
import { readPlanKinds } from "../vocabulary/plan-kinds";
import { isDfeStatistics } from "./dfe-measures";
import { checkPartnerships, readPartnerships } from "./partnerships";
import type { PartnershipFile } from "./schemas";
import { councilIdsUnder, readVocabulary as readMergedVocabulary, recordsOfCouncil, type VocabularyRecord } from "../vocabulary/vocabulary";
import type { ThemeRecord } from "../vocabulary/themes";
import { checkFigureDates } from "./figure-dates";
import { statisticsFigures } from "./statistics";
import { checkDfeMeasures } from "./dfe-measures-check";
import { checkDocumentCatalogue } from "./documents-check";
import { checkGeographies } from "./geographies-check";
import { checkMarkup } from "./markup";
import { checkActionsWithinQuote, checkQuotes, checkReportTexts, documentFiles, documentTexts } from "./quotes";
import type { CouncilData } from "./council-data";

/** What every subgraph's data is checked against: documents, themes and indicators. */
export interface Vocabulary {
  catalogue: DocumentRecord[];
  /** Every theme of the merged vocabulary, with the council that adds it (null: the shared file). */
  themes: Array<VocabularyRecord<ThemeRecord>>;
  themeCodes: Set<string>;
  /** The national catalogue merged with the councils' own indicators (origin says whose). */
  indicators: Array<VocabularyRecord<IndicatorFile>>;
  /** The project root the vocabulary was read from (councils' own vocabulary additions are read against it). */
  root: string;
  /** Raw text of the vocabulary files, for checksums. */
  texts: string[];
}

export type { CouncilData } from "./council-data";

export interface SharedData {
  /** subgraphs/shared/data/partnerships.json: any number, none included. */
  partnerships: PartnershipFile[];
  initiatives: JointInitiativeFile[];
  /** Values joint initiatives report as themselves (agency-values.json, optional). */
  agencyValues: AgencyValuesFile;
  texts: string[];
}

export { documentPath } from "../sources/catalogue";

/**
 * The documents catalogue and the merged themes and indicators (lib/vocabulary/ and the listed councils'
 * own subgraphs/<id>/data/vocabulary/; by default every council under `root`).
 */
export function readVocabulary(root: string, problems: Problem[], councilIds: readonly string[] = councilIdsUnder(root)): Vocabulary {
  const texts: string[] = [];
  const catalogue = readDataFile(join(root, "sources", "documents.json"), documentsFile, problems, texts) ?? [];
  for (const document of catalogue) {
    if (!existsSync(documentPath(root, document))) problems.push({ file: "sources/documents.json", record: document.id, field: "file", message: `${document.file} does not exist` });
  }
  const themes = readMergedVocabulary("themes", root, councilIds);
  const indicators = readMergedVocabulary("indicators", root, councilIds);
  problems.push(...themes.problems, ...indicators.problems);
  texts.push(...themes.texts, ...indicators.texts);
  return { catalogue, themes: themes.records, themeCodes: new Set(themes.records.map((theme) => theme.code)), indicators: indicators.records, root, texts };
}

function duplicates(file: string, ids: string[], what: string, problems: Problem[], record?: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push({ file, record, field: "id", message: `${what} id "${id}" is used twice` });
    seen.add(id);
  }
}

/** Reads a council's data files; every problem found is added to `problems`. */
export function readCouncilData(root: string, council: CouncilConfig, vocabulary: Vocabulary, problems: Problem[]): CouncilData {
  const texts: string[] = [];
  const dataDir = council.dataDir;
  const optional = <T>(file: string, read: (path: string) => T | undefined, fallback: T): T => {
    const path = join(dataDir, file);
    return existsSync(path) ? (read(path) ?? fallback) : fallback;
  };
  const planDir = join(dataDir, "plans");
  const plans = existsSync(planDir)
    ? readdirSync(planDir)
        .filter((file) => file.endsWith(".json"))
        .sort()
        .map((file) => readDataFile(join(planDir, file), planFile, problems, texts))
        .filter((plan): plan is PlanFile => plan !== undefined)
    : [];
  const boards = optional("boards.json", (path) => readDataFile(path, boardsFile, problems, texts), []);
  const figures = optional("figures.json", (path) => readDataFile(path, figuresFile, problems, texts), []);
  const meetings = optional("meetings.json", (path) => readDataFile(path, meetingsFile, problems, texts), []);
  const indicatorCodes = new Set(recordsOfCouncil(vocabulary.indicators, council.id).map((indicator) => indicator.code));
  // The DfE's own files (sources/dfe-statistics) are national data: the shared subgraph's comparisons read them.
  for (const document of vocabulary.catalogue.filter((entry) => entry.file.toLowerCase().endsWith(".csv") && !isDfeStatistics(entry))) {
    const path = documentPath(root, document);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, "utf8");
    texts.push(text);
    figures.push(...statisticsFigures({ ...document, file: displayPath(path) }, text, council.gssCode, council.region, indicatorCodes, problems));
  }
  return { plans, boards, figures, meetings, texts };
}

const YEAR_MIN = 1990;
const today = (): string => new Date().toISOString().slice(0, 10);
/** ISO dates at any precision compare as strings once padded to full dates. */
const startOf = (date: string): string => (date + "-01-01").slice(0, 10);

/** Links between a council's records, and against the vocabulary: every broken one is a problem. */
export function checkCouncilLinks(council: CouncilConfig, data: CouncilData, vocabulary: Vocabulary, problems: Problem[]): void {
  const dir = displayPath(council.dataDir);
  const documents = new Set(vocabulary.catalogue.map((document) => document.id));
  // A council uses the shared vocabulary and its own additions, never another council's.
  const indicators = new Set(recordsOfCouncil(vocabulary.indicators, council.id).map((indicator) => indicator.code));
  const themeCodes = new Set(recordsOfCouncil(vocabulary.themes, council.id).map((theme) => theme.code));
  const ownVocabulary = (name: string) => `lib/vocabulary/${name}.json or ${relative(vocabulary.root, council.dataDir)}/vocabulary/${name}.json`;
  const checkSource = (file: string, record: string, field: string, source: SourceRef, fallback?: string) => {
    const document = source.document ?? fallback;
    if (!document || !documents.has(document)) problems.push({ file, record, field: `${field}.document`, message: `unknown document "${document}" (not in sources/documents.json)` });
  };
  const checkPastDate = (file: string, record: string, field: string, date: string | null) => {
    if (date === null) return;
    if (startOf(date) < `${YEAR_MIN}-01-01` || startOf(date) > today()) problems.push({ file, record, field, message: `date ${date} is out of range (${YEAR_MIN} to today)` });
  };

  const planKinds = {
    headingKinds: readPlanKinds("heading-kinds", vocabulary.root, [council.dataDir], problems),
    statementKinds: readPlanKinds("statement-kinds", vocabulary.root, [council.dataDir], problems),
  };
  duplicates(
    `${dir}/plans`,
    data.plans.map((plan) => plan.id),
    "plan",
    problems,
  );
  const planIds = new Set(data.plans.map((plan) => plan.id));
  for (const plan of data.plans) {
    const file = `${dir}/plans/${plan.id}.json`;
    checkSource(file, plan.id, "source", plan.source, plan.document);
    checkSource(file, plan.id, "period.source", plan.period.source, plan.document);
    if (!documents.has(plan.document)) problems.push({ file, record: plan.id, field: "document", message: `unknown document "${plan.document}"` });
    const { start, end } = plan.period;
    for (const [field, date] of [
      ["period.start", start],
      ["period.end", end],
    ] as const) {
      if (date !== null && (Number(date.slice(0, 4)) < YEAR_MIN || Number(date.slice(0, 4)) > new Date().getFullYear() + 25)) {
        problems.push({ file, record: plan.id, field, message: `date ${date} is out of range` });
      }
    }
    if (start !== null && end !== null && startOf(start) > startOf(end)) problems.push({ file, record: plan.id, field: "period", message: `starts (${start}) after it ends (${end})` });

    checkPlanStructure(file, plan, planKinds, checkSource, problems);
    const lists = { actions: plan.actions, outcomes: plan.outcomes ?? [], measures: plan.measures ?? [], statements: plan.statements ?? [], voices: plan.voices ?? [], signatories: plan.signatories ?? [] };
    // Outcomes and statements are stored together: their ids must differ across both lists.
    duplicates(
      file,
      [...lists.outcomes, ...lists.statements].map((item) => item.id),
      "outcome or statement",
      problems,
      "outcomes and statements",
    );
    for (const [name, items] of Object.entries(lists)) {
      duplicates(
        file,
        items.map((item) => item.id),
        name.replace(/s$/, ""),
        problems,
        name,
      );
      items.forEach((item, index) => checkSource(file, `${name}[${index}] (${item.id})`, "source", item.source, plan.document));
    }
    plan.actions.forEach((action, index) => {
      const record = `actions[${index}] (${action.id})`;
      action.themes.forEach((theme, t) => {
        if (!themeCodes.has(theme))
          problems.push({
            file,
            record,
            field: `themes[${t}]`,
            message: `unknown theme "${theme}" (not in ${ownVocabulary("themes")})`,
            fix: "use a code of one of them, or add the theme (code, name, description) to the council's own file",
          });
      });
    });
    (plan.measures ?? []).forEach((measure, index) => {
      const record = `measures[${index}] (${measure.id})`;
      if (!indicators.has(measure.indicator))
        problems.push({
          file,
          record,
          field: "indicator",
          message: `unknown indicator "${measure.indicator}" (not in ${ownVocabulary("indicators")})`,
          fix: "use a code of one of them, or add the indicator, with its source, to the council's own file",
        });
    });
  }

  const boardsFile = `${dir}/boards.json`;
  duplicates(
    boardsFile,
    data.boards.map((board) => board.id),
    "board",
    problems,
  );
  data.boards.forEach((board, index) => {
    const record = `[${index}] (${board.id})`;
    checkSource(boardsFile, record, "source", board.source);
    board.oversees.forEach((plan, p) => {
      if (!planIds.has(plan)) problems.push({ file: boardsFile, record, field: `oversees[${p}]`, message: `unknown plan "${plan}"` });
    });
  });

  const figuresFile = `${dir}/figures.json`;
  duplicates(
    figuresFile,
    data.figures.map((figure) => figure.id),
    "figure",
    problems,
  );
  data.figures.forEach((figure, index) => {
    const record = `[${index}] (${figure.id})`;
    if (!indicators.has(figure.indicator))
      problems.push({ file: figuresFile, record, field: "indicator", message: `unknown indicator "${figure.indicator}" (not in ${ownVocabulary("indicators")}). Use a code of one of them, or add the indicator to the council's own file.` });
    checkSource(figuresFile, record, "source", figure.source);
    checkPastDate(figuresFile, record, "asAt", figure.asAt);
  });

  const meetingsFile = `${dir}/meetings.json`;
  const boardIds = new Set(data.boards.map((board) => board.id));
  duplicates(
    meetingsFile,
    data.meetings.map((meeting) => meeting.id),
    "meeting",
    problems,
  );
  duplicates(
    meetingsFile,
    data.meetings.flatMap((meeting) => meeting.reports.map((report) => report.id)),
    "report",
    problems,
  );
  data.meetings.forEach((meeting, index) => {
    const record = `[${index}] (${meeting.id})`;
    if (!boardIds.has(meeting.board)) problems.push({ file: meetingsFile, record, field: "board", message: `unknown board "${meeting.board}"` });
    checkSource(meetingsFile, record, "source", meeting.source);
    checkPastDate(meetingsFile, record, "date", meeting.date);
    meeting.reports.forEach((report, r) => {
      const reportRecord = `${record}.reports[${r}] (${report.id})`;
      if (report.presents !== null && !planIds.has(report.presents)) problems.push({ file: meetingsFile, record: reportRecord, field: "presents", message: `unknown plan "${report.presents}"` });
      duplicates(
        meetingsFile,
        report.sections.map((section) => section.id),
        "section",
        problems,
        reportRecord,
      );
      report.sections.forEach((section) => checkSource(meetingsFile, `${reportRecord} section ${section.id}`, "source", section.source, meeting.source.document));
    });
  });
}

export function readSharedData(root: string, problems: Problem[]): SharedData {
  const texts: string[] = [];
  const dir = join(root, "subgraphs", "shared", "data");
  return {
    partnerships: readPartnerships(root, problems, texts),
    initiatives: readDataFile(join(dir, "joint-initiatives.json"), jointInitiativesFile, problems, texts) ?? [],
    agencyValues: existsSync(join(dir, "agency-values.json")) ? (readDataFile(join(dir, "agency-values.json"), agencyValuesFile, problems, texts) ?? []) : [],
    texts,
  };
}

/**
 * Links of the shared data: councils, other initiatives, themes, documents, and the council actions
 * it points to (their existence is checked when the councils' data is given).
 */
export function checkSharedLinks(shared: SharedData, councils: CouncilConfig[], vocabulary: Vocabulary, problems: Problem[], councilData?: Map<string, CouncilData>): void {
  const file = "subgraphs/shared/data/joint-initiatives.json";
  const documents = new Set(vocabulary.catalogue.map((document) => document.id));
  const councilIds = new Set(councils.map((council) => council.id));
  const initiativeIds = new Set(shared.initiatives.map((initiative) => initiative.id));
  const actionIds = new Map<string, Set<string>>();
  for (const council of councils) {
    const data = councilData?.get(council.id);
    if (data) actionIds.set(`${council.typePrefix}Action`, new Set(data.plans.flatMap((plan) => plan.actions.map((action) => `${plan.id}.${action.id}`))));
  }
  const actionTypes = new Set(councils.map((council) => `${council.typePrefix}Action`));
  const checkDocument = (where: string, record: string, field: string, source: SourceRef) => {
    if (!source.document || !documents.has(source.document)) problems.push({ file: where, record, field: `${field}.document`, message: `unknown document "${source.document}"` });
  };
  const checkCouncil = (where: string, record: string, field: string, id: string | null) => {
    if (id !== null && !councilIds.has(id)) problems.push({ file: where, record, field, message: `unknown council "${id}" (no subgraphs/${id}/council.json)` });
  };
  const indicatorCodes = new Set(vocabulary.indicators.map((indicator) => indicator.code));
  const valuesFile = "subgraphs/shared/data/agency-values.json";
  duplicates(
    valuesFile,
    shared.agencyValues.map((entry) => entry.id),
    "value",
    problems,
  );
  for (const entry of shared.agencyValues) {
    if (!initiativeIds.has(entry.initiative)) problems.push({ file: valuesFile, record: entry.id, field: "initiative", message: `unknown joint initiative "${entry.initiative}"` });
    if (!indicatorCodes.has(entry.indicator)) problems.push({ file: valuesFile, record: entry.id, field: "indicator", message: `unknown indicator "${entry.indicator}" (not in lib/vocabulary/indicators.json)` });
    checkDocument(valuesFile, entry.id, "source", entry.source);
  }
  checkPartnerships(shared.partnerships, { councilIds, documentIds: documents, initiativeIds }, problems);
  duplicates(
    file,
    shared.initiatives.map((initiative) => initiative.id),
    "joint initiative",
    problems,
  );
  shared.initiatives.forEach((initiative, index) => {
    const record = `[${index}] (${initiative.id})`;
    initiative.partners.forEach((id, p) => checkCouncil(file, record, `partners[${p}]`, id));
    checkCouncil(file, record, "hostedBy", initiative.hostedBy);
    [...initiative.restsOn.map((id, r) => [`restsOn[${r}]`, id] as const), ...(initiative.partOf ? [["partOf", initiative.partOf] as const] : [])].forEach(([field, id]) => {
      if (!initiativeIds.has(id)) problems.push({ file, record, field, message: `unknown joint initiative "${id}"` });
    });
    initiative.themes.forEach((theme, t) => {
      if (!vocabulary.themeCodes.has(theme))
        problems.push({
          file,
          record,
          field: `themes[${t}]`,
          message: `unknown theme "${theme}" (not in lib/vocabulary/themes.json nor any council's data/vocabulary/themes.json). Use a code of Query.themes, or add the theme to a vocabulary file.`,
        });
    });
    initiative.councilActions.forEach((id, a) => {
      const colon = id.indexOf(":");
      const typeName = id.slice(0, colon);
      if (colon <= 0 || !actionTypes.has(typeName)) {
        problems.push({ file, record, field: `councilActions[${a}]`, message: `"${id}" is not the global id of a council action` });
      } else if (actionIds.has(typeName) && !actionIds.get(typeName)!.has(id.slice(colon + 1))) {
        problems.push({ file, record, field: `councilActions[${a}]`, message: `no council action "${id}" in the council's plans` });
      }
    });
    checkDocument(file, record, "statusSource", initiative.statusSource);
    initiative.sources.forEach((source, s) => checkDocument(file, record, `sources[${s}]`, source));
  });
}

/**
 * What the tests assert about data, as data:check's own checks (lib/data/quotes.ts and the modules
 * beside it): the catalogue, every quote in its document, no extraction markup shown, the areas.
 */
function checkSourceTexts(root: string, councils: CouncilConfig[], vocabulary: Vocabulary, councilData: Map<string, CouncilData>, problems: Problem[]): void {
  checkDocumentCatalogue(root, vocabulary.catalogue, problems);
  const textOf = documentTexts(root, vocabulary.catalogue);
  checkQuotes(root, vocabulary.catalogue, problems, textOf);
  const documentFile = documentFiles(root, vocabulary.catalogue);
  for (const council of councils) {
    const data = councilData.get(council.id)!;
    checkActionsWithinQuote(root, council, data, problems);
    checkReportTexts(root, council, data, textOf, documentFile, problems);
  }
  checkMarkup(root, problems);
  checkGeographies(root, councils, councilData, problems);
  checkDfeMeasures(root, new Set(vocabulary.indicators.map((indicator) => indicator.code)), problems);
}

/** Every problem in every data file of the project under `root` (empty when all is well). */
export function checkAll(root: string, councils: CouncilConfig[], councilFileProblems: Problem[] = []): Problem[] {
  const problems: Problem[] = [...councilFileProblems];
  const vocabulary = readVocabulary(
    root,
    problems,
    councils.map((council) => council.id),
  );
  const councilData = new Map<string, CouncilData>();
  for (const council of councils) {
    const data = readCouncilData(root, council, vocabulary, problems);
    checkCouncilLinks(council, data, vocabulary, problems);
    checkFigureDates(council, data, problems);
    councilData.set(council.id, data);
  }
  checkSharedLinks(readSharedData(root, problems), councils, vocabulary, problems, councilData);
  checkSourceTexts(root, councils, vocabulary, councilData, problems);
  return problems.map((problem) => ({ ...problem, file: fileUnderRoot(root, problem.file) }));
}
