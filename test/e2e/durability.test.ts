import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startGraphWithTokens, startTestGraph, type TestGraph } from "../helpers/graph";
import { testEngine } from "../helpers/engine";
import { roleTokens, token } from "../helpers/tokens";
import { Role } from "../../lib/auth/identity";
import { write } from "../helpers/sign-off";
import { graphql } from "../../generated/test";

/**
 * No acknowledged write is lost: the shared subgraph's SQLite database is made full on purpose
 * (PRAGMA max_page_count, which gives "database or disk is full" without a small disk), joint actions
 * are created through the gateway while it is full, space is freed, more are created, and the graph is
 * restarted on the same files. Every write a client was told succeeded is there after the restart, with
 * its audit entry, and no audit sequence number is handed out twice.
 */
const sqliteOnly = testEngine === "sqlite" ? describe : describe.skip;

const CREATE = graphql(`mutation DurabilityCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id } errors { code message } } }`);

async function readyWithin(url: string, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if ((await fetch(url)).status === 200) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

sqliteOnly("durability of acknowledged writes on SQLite", () => {
  let folder: string;
  let tokens: Record<string, string | null>;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "durability-"));
    tokens = await roleTokens();
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const databases = () => ({
    "westmorland-furness": join(folder, "westmorland-furness.sqlite"),
    cumberland: join(folder, "cumberland.sqlite"),
    shared: join(folder, "shared.sqlite"),
  });

  async function create(graph: TestGraph, title: string): Promise<string | null> {
    const { status, body } = await graph.queryAs(tokens.partnershipEditor, CREATE, { input: { initiativeId: "regional-adoption-agency", title, owner: "Head of Cumbria Adoption", description: "x".repeat(2000) } });
    const id = body.data?.createJointAction?.jointAction?.id;
    return status === 200 && !body.errors && id ? id : null;
  }

  it("keeps every write it acknowledged through a full disk, freed space and a restart; /ready is false while it cannot write", async () => {
    const told: string[] = [];
    let refused = 0;
    let graph = await startTestGraph({ databases: databases() });
    try {
      const shared = graph.subgraphs.shared;
      told.push(...[await create(graph, "Before the disk filled")].filter((id): id is string => id !== null));
      const [{ page_count: pages }] = (await shared.database.dataSource.query("PRAGMA page_count")) as Array<{ page_count: number }>;
      await shared.database.dataSource.query(`PRAGMA max_page_count = ${pages}`);
      for (let index = 0; index < 40; index += 1) {
        const id = await create(graph, `While full ${index}`);
        if (id === null) refused += 1;
        else told.push(id);
      }
      // The disk was full: writes were refused with a coded error saying nothing was saved.
      expect(refused).toBe(40);
      const full = await graph.queryAs(tokens.partnershipEditor, CREATE, { input: { initiativeId: "regional-adoption-agency", title: "Refused", owner: "Lead" } });
      expect(full.body.errors?.[0]?.extensions?.code).toBe("WRITE_NOT_SAVED");
      const readyUrl = shared.url.replace(/\/graphql$/, "/ready");
      expect((await fetch(readyUrl)).status).toBe(503);
      // Space comes back: the subgraph is ready again, and writes go on and are kept.
      // Many readiness checks at once share one probe (two queued writes), not two writes each.
      const probes = await Promise.all(Array.from({ length: 20 }, () => fetch(readyUrl).then((answer) => answer.status)));
      expect(new Set(probes)).toEqual(new Set([503]));
      await shared.database.dataSource.query("PRAGMA max_page_count = 1073741823");
      // A probe's answer is reused for two seconds: ready again within a few.
      expect(await readyWithin(readyUrl, 10_000)).toBe(true);
      told.push((await create(graph, "After space was freed"))!);
      // A write refused inside its transaction (self-approval is thrown, and rolled back) ...
      const both = await token({ roles: [Role.PARTNERSHIP_EDITOR, Role.PARTNERSHIP_APPROVER], subject: "editor-and-approver", name: "Both" });
      const drafted = await write(graph, both, "Joint", "record", { actionId: told[0], expectedVersion: 0, status: "ON_TRACK", note: "Drafted", submit: true });
      expect(drafted.payload?.errors).toEqual([]);
      const own = await write(graph, both, "Joint", "approve", { updateId: drafted.payload!.update!.id, expectedRevision: drafted.payload!.update!.revision });
      expect(own.response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      // ... and the writes after it: every one must be committed, not left in a transaction that never ends.
      for (let index = 0; index < 5; index += 1) {
        const id = await create(graph, `After a refused write ${index}`);
        expect(id).not.toBeNull();
        told.push(id!);
      }
    } finally {
      await graph.close();
    }

    graph = await startTestGraph({ databases: databases() });
    try {
      const manager = graph.subgraphs.shared.database.dataSource.manager;
      const stored = (await manager.query(`SELECT slug FROM joint_action`)) as Array<{ slug: string }>;
      const storedIds = new Set(stored.map((row) => `JointAction:${row.slug}`));
      const lost = told.filter((id) => !storedIds.has(id));
      const audits = (await manager.query(`SELECT sequence, entity_id AS entityId FROM audit_entry WHERE operation = 'createJointAction'`)) as Array<{ sequence: number; entityId: string }>;
      const audited = new Set(audits.map((row) => row.entityId));
      const sequences = ((await manager.query(`SELECT sequence FROM audit_entry`)) as Array<{ sequence: number }>).map((row) => Number(row.sequence));
      process.stdout.write(`durability: told ${told.length}, refused ${refused}, committed after restart ${told.length - lost.length}, joint actions stored ${stored.length}, createJointAction audit entries ${audits.length}\n`);
      expect(lost).toEqual([]);
      expect(told.filter((id) => !audited.has(id))).toEqual([]);
      expect(stored.length).toBe(told.length);
      // The draft update was acknowledged too, and kept.
      expect(((await manager.query(`SELECT id FROM progress_update`)) as unknown[]).length).toBe(1);
      expect(new Set(sequences).size).toBe(sequences.length);
    } finally {
      await graph.close();
    }
  });
});

/**
 * The same promise on PostgreSQL, where a write's COMMIT can fail too (a full disk at commit is
 * simulated by a deferred constraint trigger that raises disk_full, SQLSTATE 53100, at COMMIT): the
 * client is told the write was not saved, the connection is not handed on inside a transaction, and
 * every write acknowledged afterwards is visible from another connection.
 */
const postgresOnly = testEngine === "postgres" ? describe : describe.skip;

postgresOnly("durability of acknowledged writes on PostgreSQL", () => {
  let graph: TestGraph;
  let tokens: Record<string, string | null>;
  beforeAll(async () => ({ graph, tokens } = await startGraphWithTokens()));
  afterAll(() => graph?.close());

  it("tells a client whose COMMIT failed that nothing was saved, and keeps every later acknowledged write", async () => {
    const dataSource = graph.subgraphs.shared.database.dataSource;
    await dataSource.query(
      `CREATE FUNCTION fail_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.title LIKE 'Fail at commit%' THEN RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; END IF; RETURN NEW; END $$`,
    );
    await dataSource.query(`CREATE CONSTRAINT TRIGGER joint_action_fail_at_commit AFTER INSERT ON joint_action DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fail_at_commit()`);
    const told: string[] = [];
    for (let index = 0; index < 10; index += 1) {
      const failing = index % 3 === 0;
      const { status, body } = await graph.queryAs(tokens.partnershipEditor, CREATE, { input: { initiativeId: "regional-adoption-agency", title: `${failing ? "Fail at commit" : "Kept"} ${index}`, owner: "Lead" } });
      const id = body.data?.createJointAction?.jointAction?.id;
      if (failing) {
        expect(body.errors?.[0]?.extensions?.code).toBe("WRITE_NOT_SAVED");
      } else {
        expect(status).toBe(200);
        told.push(id!);
      }
    }
    // Read from a connection of the pool's choosing, outside any write: committed rows only.
    const rows = (await dataSource.query(`SELECT slug FROM joint_action`)) as Array<{ slug: string }>;
    expect(rows.map((row) => `JointAction:${row.slug}`).sort()).toEqual([...told].sort());
    const audits = (await dataSource.query(`SELECT COUNT(*) AS n FROM audit_entry WHERE operation = 'createJointAction'`)) as Array<{ n: string }>;
    expect(Number(audits[0].n)).toBe(told.length);
    // The probe writes another table: the subgraph is ready again.
    expect(await readyWithin(graph.subgraphs.shared.url.replace(/\/graphql$/, "/ready"), 10_000)).toBe(true);
  });
});
