import type { MeetingFile } from "../../data/schemas";
import type { CouncilTypes } from "../entities";
import { ReportSectionEntity } from "../records";
import { quoted } from "./source";

/** The boards' meetings, the reports each took and the reports' sections. */
export function meetingTables(meetingFiles: MeetingFile[], types: CouncilTypes): { meetings: object[]; reports: object[]; sections: ReportSectionEntity[] } {
  const meetings: object[] = [];
  const reports: object[] = [];
  const sections: ReportSectionEntity[] = [];
  meetingFiles.forEach((meeting, meetingPosition) => {
    const document = meeting.source.document;
    meetings.push(Object.assign(new types.Meeting(), { slug: meeting.id, position: meetingPosition, boardSlug: meeting.board, date: meeting.date, ...quoted(meeting.source, document) }));
    meeting.reports.forEach((report, reportPosition) => {
      reports.push(
        Object.assign(new types.Report(), {
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
        }),
      );
      report.sections.forEach((section, sectionPosition) =>
        sections.push(
          Object.assign(new ReportSectionEntity(), {
            slug: `${report.id}.${section.id}`,
            position: sectionPosition,
            reportSlug: report.id,
            number: section.number,
            heading: section.heading,
            kind: section.kind,
            paragraphs: section.paragraphs,
            ...quoted(section.source, document),
          }),
        ),
      );
    });
  });
  return { meetings, reports, sections };
}
