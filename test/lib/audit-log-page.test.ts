import type { EntitySubscriberInterface } from "typeorm";
import { Role, type Identity } from "../../lib/auth/identity";
import { openDatabase, type Database } from "../../lib/db/data-source";
import { AuditEntryEntity } from "../../lib/tracking/model";
import { auditLogPage } from "../../lib/tracking/read";
import { sharedSubgraph } from "../../subgraphs/shared/src/subgraph";
import { scratchDatabases } from "../helpers/engine";

/**
 * The audit log only grows (every write adds an entry with the record before and after), and
 * auditLog(first, after, entity) is read a page at a time: a page must cost the same however long the
 * log is, not load the whole log into memory to cut a page from it. Counted here: the audit entries
 * read from the database (TypeORM's afterLoad, once per entity loaded) to answer a page.
 */
const ENTRIES = 300;
const admin: Identity = { subject: "admin", name: "Admin", roles: [Role.ADMIN], council: null };
const scratch = scratchDatabases();
let database: Database;
let loaded = 0;

beforeAll(async () => {
  const subgraph = sharedSubgraph();
  database = await openDatabase({ database: scratch.of("shared"), entities: subgraph.entities, migrations: subgraph.migrations });
  const counter: EntitySubscriberInterface<AuditEntryEntity> = { listenTo: () => AuditEntryEntity, afterLoad: () => void (loaded += 1) };
  (database.dataSource.subscribers as EntitySubscriberInterface[]).push(counter);
  const rows = Array.from({ length: ENTRIES }, (_, index) => ({
    id: `entry-${index}`,
    sequence: index + 1,
    at: "2026-12-01T00:00:00.000Z",
    actorSubject: "s",
    actorName: "n",
    operation: "updateJointAction",
    entityId: index % 3 === 0 ? "JointAction:a" : "JointAction:b",
    before: "{}",
    after: "{}",
    changeKind: null,
  }));
  await database.dataSource.manager.insert(AuditEntryEntity, rows);
}, 60_000);
afterAll(async () => {
  await database?.dataSource.destroy();
  await scratch.drop();
});
beforeEach(() => {
  loaded = 0;
});

describe("auditLogPage", () => {
  it("reads a page's worth of entries, not the whole log, and pages it newest first", async () => {
    const first = await auditLogPage(admin, database.dataSource, 2, null);
    expect(first.nodes.map((entry) => entry.sequence)).toEqual([ENTRIES, ENTRIES - 1]);
    expect([first.totalCount, first.pageInfo.hasNextPage, first.pageInfo.hasPreviousPage]).toEqual([ENTRIES, true, false]);
    expect(loaded).toBeLessThanOrEqual(3);

    loaded = 0;
    const second = await auditLogPage(admin, database.dataSource, 2, first.pageInfo.endCursor);
    expect(second.nodes.map((entry) => entry.sequence)).toEqual([ENTRIES - 2, ENTRIES - 3]);
    expect([second.totalCount, second.pageInfo.hasNextPage, second.pageInfo.hasPreviousPage]).toEqual([ENTRIES, true, true]);
    expect(loaded).toBeLessThanOrEqual(3);
  });

  it("of one record: its entries only, counted, to the last page", async () => {
    const mine = ENTRIES / 3;
    const page = await auditLogPage(admin, database.dataSource, 100, null, "JointAction:a");
    expect(page.nodes).toHaveLength(mine);
    expect(page.nodes.every((entry) => entry.entityId === "JointAction:a")).toBe(true);
    expect([page.totalCount, page.pageInfo.hasNextPage]).toEqual([mine, false]);
    expect(loaded).toBeLessThanOrEqual(mine + 1);

    const last = await auditLogPage(admin, database.dataSource, 5, page.pageInfo.endCursor, "JointAction:a");
    expect([last.nodes.length, last.totalCount, last.pageInfo.hasNextPage, last.pageInfo.hasPreviousPage]).toEqual([0, mine, false, true]);
  });
});
