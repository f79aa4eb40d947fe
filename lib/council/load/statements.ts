import type { StatementFile } from "../../data/schemas";
import { StatementEntity } from "../model";
import { quoted } from "./source";

type StatementItem = StatementFile & { kind?: string; title?: string | null; label?: string | null; number?: string | null; parent?: string | null };

/** The statements of every plan and heading, in one table: a statement's position is its place in the whole council's list. */
export class StatementRows {
  readonly rows: StatementEntity[] = [];

  /** A plan's or heading's statements, of `kind` (or each item's own kind when null). */
  add(ownerKind: StatementEntity["ownerKind"], ownerSlug: string, planSlug: string, kind: string | null, items: StatementItem[] | undefined, document: string): void {
    for (const item of items ?? []) {
      this.rows.push(
        Object.assign(new StatementEntity(), {
          slug: `${ownerSlug}.${item.id}`,
          ownerSlug,
          ownerKind,
          kindCode: kind ?? item.kind ?? "VISION",
          title: item.title ?? null,
          label: item.label ?? null,
          number: item.number ?? null,
          parentSlug: item.parent ? `${planSlug}.${item.parent}` : null,
          position: this.rows.length,
          text: item.text,
          ...quoted(item.source, document),
        }),
      );
    }
  }
}
