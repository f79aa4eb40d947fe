import type { BoardFile, HeadingFile, MeetingFile, PlanFile, ReportFile } from "../data/schemas";
import type { Citations } from "./citations";
import type { Random } from "./random";

/** Ids of copy `copy` of a real record: "synthetic-3-ambition-for-every-child". */
export const syntheticId = (copy: number, id: string): string => `synthetic-${copy}-${id}`;
/** Every synthetic title and text starts so, to be told apart from real data at a glance. */
export const marked = (copy: number, text: string): string => `[synthetic ${copy}] ${text}`;

/**
 * Copy `copy` of a real plan: the same shape (headings with their kinds, numbers and nesting, actions
 * with their themes, measures and their groups, statements, voices, signatories) and the same ids inside the plan, with every
 * text marked synthetic and every source the synthetic document. Keeping the shape makes the
 * synthetic data as selective as the real one (a theme or word filter matches the same share).
 */
export function syntheticPlan(plan: PlanFile, copy: number, citations: Citations): PlanFile {
  const section = `Synthetic plan ${copy}: ${plan.id}`;
  const cite = (text: string) => citations.cite(section, text);
  const heading = (item: HeadingFile): HeadingFile => {
    const title = marked(copy, item.title);
    return {
      id: item.id,
      kind: item.kind,
      number: item.number,
      title,
      description: item.description === null ? null : marked(copy, item.description),
      source: cite(title),
      children: item.children.map(heading),
      ...(item.successMeasures ? { successMeasures: item.successMeasures.map((measure) => ({ id: measure.id, text: marked(copy, measure.text), source: cite(marked(copy, measure.text)) })) } : {}),
    };
  };
  const title = marked(copy, plan.title);
  const periodText = marked(copy, plan.period.text);
  return {
    id: syntheticId(copy, plan.id),
    title,
    kind: plan.kind,
    document: cite(title).document,
    period: { start: plan.period.start, end: plan.period.end, text: periodText, source: cite(periodText) },
    source: cite(title),
    headings: plan.headings.map(heading),
    actions: plan.actions.map((action) => {
      const actionTitle = marked(copy, action.title);
      const description = action.description === null ? null : marked(copy, action.description);
      // The quote holds the title and description, as a real action's quote does.
      return { ...action, title: actionTitle, description, source: cite(description === null ? actionTitle : `${actionTitle} ${description}`) };
    }),
    ...(plan.outcomes ? { outcomes: plan.outcomes.map((item) => ({ id: item.id, text: marked(copy, item.text), source: cite(marked(copy, item.text)) })) } : {}),
    ...(plan.measureGroups ? { measureGroups: plan.measureGroups.map((item) => ({ ...item, title: marked(copy, item.title), source: cite(marked(copy, item.title)) })) } : {}),
    ...(plan.measures ? { measures: plan.measures.map((item) => ({ ...item, text: marked(copy, item.text), source: cite(marked(copy, item.text)) })) } : {}),
    ...(plan.statements ? { statements: plan.statements.map((item) => ({ ...item, ...(item.title ? { title: marked(copy, item.title) } : {}), text: marked(copy, item.text), source: cite(marked(copy, item.text)) })) } : {}),
    ...(plan.voices ? { voices: plan.voices.map((item) => ({ ...item, text: marked(copy, item.text), source: cite(marked(copy, item.text)) })) } : {}),
    // Signatories are people: a synthetic one is named by number only, never after a real person.
    ...(plan.signatories ? { signatories: plan.signatories.map((item, index) => ({ id: item.id, name: marked(copy, `Signatory ${index + 1}`), role: item.role, source: cite(marked(copy, `Signatory ${index + 1}, ${item.role}`)) })) } : {}),
  };
}

/** Copy `copy` of a real board, overseeing the same copy's plans. */
export function syntheticBoard(board: BoardFile, copy: number, citations: Citations): BoardFile {
  const name = marked(copy, board.name);
  return {
    id: syntheticId(copy, board.id),
    name,
    kind: board.kind,
    chair: board.chair === null ? null : marked(copy, board.chair),
    oversees: board.oversees.map((plan) => syntheticId(copy, plan)),
    source: citations.cite(`Synthetic boards ${copy}`, name),
  };
}

/** A date between 2016 and 2024 (always in the past, as meeting dates must be). */
export function pastDate(random: Random): string {
  const day = new Date(Date.UTC(2016, 0, 1) + random.int(0, 9 * 365 - 1) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** Copy `copy` of a real meeting (its board and the plans its reports present are the copy's), on another date. */
export function syntheticMeeting(meeting: MeetingFile, copy: number, citations: Citations, random: Random): MeetingFile {
  const section = `Synthetic meeting ${copy}: ${meeting.id}`;
  const cite = (text: string) => citations.cite(section, text);
  const report = (item: ReportFile): ReportFile => {
    const title = marked(copy, item.title);
    cite(title); // a report's source is its title in the meeting's document
    return {
      id: syntheticId(copy, item.id),
      title,
      presents: item.presents === null ? null : syntheticId(copy, item.presents),
      author: item.author === null ? null : marked(copy, "Report author"),
      leadCabinetMember: item.leadCabinetMember === null ? null : marked(copy, "Lead cabinet member"),
      wardsAffected: item.wardsAffected,
      publicStatus: item.publicStatus,
      appendices: item.appendices === null ? null : marked(copy, item.appendices),
      sections: item.sections.map((part) => {
        const paragraphs = part.paragraphs.map((paragraph) => ({ number: paragraph.number, text: marked(copy, paragraph.text) }));
        return {
          ...part,
          heading: marked(copy, part.heading),
          paragraphs,
          source: cite(paragraphs[0]?.text ?? marked(copy, part.heading)),
        };
      }),
    };
  };
  const quote = marked(copy, `Meeting of ${meeting.board}`);
  return { id: syntheticId(copy, meeting.id), board: syntheticId(copy, meeting.board), date: pastDate(random), source: cite(quote), reports: meeting.reports.map(report) };
}

/** One more meeting of a synthetic board, with no reports: boards meet more often than documents show. */
export function boardMeeting(board: BoardFile, citations: Citations, random: Random): MeetingFile {
  const quote = `${board.name}: meeting`;
  return { id: `${board.id}-meeting`, board: board.id, date: pastDate(random), source: citations.cite("Synthetic board meetings", quote), reports: [] };
}
