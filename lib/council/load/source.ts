import type { SourceRef } from "../../data/schemas";

/** A record's provenance columns: its document (the file's own, or the one it sits in), section and quote. */
export const quoted = (source: SourceRef, fallbackDocument: string) => ({ documentId: source.document ?? fallbackDocument, section: source.section, quote: source.quote });
