import { request } from "../../web/shared/client";
import { WorkspaceCouncilChangesDocument, WorkspacePartnershipChangesDocument, WorkspaceTitlesDocument, type ChangeKind } from "../../generated/graphql";
import type { Screen } from "./context";
import { readPartnerships } from "./partnerships";
import { workScopes, type Scope } from "./roles";
import { el, heading, link, para, replace } from "./ui";
import { changeWords, dateTimeWords } from "./words";

const ALL: Scope[] = [{ kind: "council", council: "cumberland" }, { kind: "council", council: "westmorland-furness" }, { kind: "joint" }];

/** Where this person's place in a feed is kept: per person and per source, in this browser. */
const cursorKey = (username: string, scope: Scope): string => `workspace:changes:${username}:${scope.kind === "joint" ? "partnership" : scope.council}`;

interface Feed {
  name: string;
  changes: Array<{ entityId: string; kind: ChangeKind; at: string }>;
  endCursor: string | null;
}

async function readFeed(context: Screen, scope: Scope, after: string | null): Promise<Feed | null> {
  if (scope.kind === "joint") {
    const partnerships = await readPartnerships(context.onErrors);
    // No partnership: no joint work, so nothing has changed in it (not a feed that failed to load).
    if (!partnerships.readThrough) return { name: partnerships.name, changes: [], endCursor: after };
    const data = await request(WorkspacePartnershipChangesDocument, { partnership: partnerships.readThrough, after }, context.onErrors);
    return data.partnership ? { name: partnerships.name, changes: data.partnership.changes.nodes, endCursor: data.partnership.changes.pageInfo.endCursor } : null;
  }
  const data = await request(WorkspaceCouncilChangesDocument, { council: scope.council, after }, context.onErrors);
  return data.council ? { name: data.council.name, changes: data.council.changes.nodes, endCursor: data.council.changes.pageInfo.endCursor } : null;
}

/**
 * What changed since my last visit: each source's change feed after the cursor this browser kept
 * for the person, in plain words; the new end of each feed is kept for next time.
 */
export async function showChanges(context: Screen): Promise<void> {
  const { person, container } = context;
  const own = workScopes(person);
  const scopes = own.length > 0 ? own : ALL;
  const feeds = await Promise.all(
    scopes.map(async (scope) => {
      const key = cursorKey(person.username, scope);
      const after = localStorage.getItem(key);
      const feed = await readFeed(context, scope, after);
      return { scope, key, after, feed };
    }),
  );
  const ids = [...new Set(feeds.flatMap(({ feed }) => feed?.changes.map((change) => change.entityId) ?? []))].slice(0, 100);
  const titles = new Map<string, string>();
  if (ids.length > 0) {
    const { nodes } = await request(WorkspaceTitlesDocument, { ids }, context.onErrors);
    for (const node of nodes) {
      if (!node) continue;
      const title = "title" in node ? node.title : "name" in node ? node.name : null;
      if (title) titles.set(node.id, title);
    }
  }
  replace(
    container,
    heading("What has changed", "Since your last visit"),
    feeds.map(({ scope, after, feed }) => {
      if (!feed) return el("section", {}, el("h2", { class: "govuk-heading-m" }, scope.kind === "joint" ? "The partnership" : scope.council), para("This feed could not be loaded."));
      return el(
        "section",
        { class: "changes", "aria-labelledby": `changes-${feed.name.replace(/\W+/g, "-")}` },
        el("h2", { class: "govuk-heading-m", id: `changes-${feed.name.replace(/\W+/g, "-")}` }, feed.name),
        feed.changes.length === 0
          ? para(after ? "Nothing has changed since your last visit." : "Nothing has changed yet.")
          : el(
              "ul",
              { class: "govuk-list govuk-list--bullet" },
              [...feed.changes].reverse().map((change) => {
                const title = titles.get(change.entityId) ?? change.entityId;
                const isAction = /Action:/.test(change.entityId);
                return el("li", {}, isAction ? link(`#/history/${encodeURIComponent(change.entityId)}`, changeWords(change.kind, title)) : changeWords(change.kind, title), ` (${dateTimeWords(change.at)})`);
              }),
            ),
      );
    }),
    para("These are now marked as seen: next time you will see only what changes after this."),
  );
  // Seen: keep where each feed ended (it stays put when nothing changed).
  for (const { key, feed } of feeds) if (feed?.endCursor) localStorage.setItem(key, feed.endCursor);
}
