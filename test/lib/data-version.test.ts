import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type Database } from "../../lib/db/data-source";
import { scratchDatabases, testPostgresUrl } from "../helpers/engine";

/** The data version changes on every kind of write the response cache must see, and not on reads. */
let dir: string;
let database: Database;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "data-version-"));
  database = await openDatabase({ database: join(dir, "test.sqlite"), entities: [], migrations: [] });
  await database.dataSource.query("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)");
  await database.dataSource.query("INSERT INTO item (id, name) VALUES (1, 'one')");
});
afterAll(async () => {
  await database?.dataSource.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const stamp = async (): Promise<string> => (await database.version.current())!;

it("is stable across reads", async () => {
  const before = await stamp();
  await database.dataSource.query("SELECT * FROM item");
  expect(await stamp()).toBe(before);
});

it("changes on a write outside a transaction, on a commit and on a rollback", async () => {
  const first = await stamp();
  await database.dataSource.query("UPDATE item SET name = 'uno' WHERE id = 1");
  const second = await stamp();
  expect(second).not.toBe(first);
  await database.dataSource.transaction((manager) => manager.query("UPDATE item SET name = 'un' WHERE id = 1"));
  const third = await stamp();
  expect(third).not.toBe(second);
  await expect(
    database.dataSource.transaction(async (manager) => {
      await manager.query("UPDATE item SET name = 'ein' WHERE id = 1");
      throw new Error("roll back");
    }),
  ).rejects.toThrow("roll back");
  expect(await stamp()).not.toBe(third);
});

it("changes when another connection (as `npm run data:load` opens one) commits", async () => {
  const before = await stamp();
  const other = await openDatabase({ database: join(dir, "test.sqlite"), entities: [], migrations: [] });
  try {
    await other.dataSource.query("UPDATE item SET name = 'from elsewhere' WHERE id = 1");
  } finally {
    await other.dataSource.destroy();
  }
  expect(await stamp()).not.toBe(before);
});

it("differs between two opens of the same file (a restarted subgraph never repeats a stamp)", async () => {
  const again = await openDatabase({ database: join(dir, "test.sqlite"), entities: [], migrations: [] });
  try {
    expect((await again.version.current())!.split(".")[0]).not.toBe((await stamp()).split(".")[0]);
  } finally {
    await again.dataSource.destroy();
  }
});

/** On PostgreSQL (npm run test:pg), the stamp is the transaction snapshot: the same promises hold. */
const onPostgres = testPostgresUrl ? describe : describe.skip;
onPostgres("on PostgreSQL", () => {
  const scratch = scratchDatabases();
  let pg: Database;
  beforeAll(async () => {
    pg = await openDatabase({ database: scratch.of("data-version"), entities: [], migrations: [] });
    await pg.dataSource.query("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)");
    await pg.dataSource.query("INSERT INTO item (id, name) VALUES (1, 'one')");
  });
  afterAll(async () => {
    await pg?.dataSource.destroy();
    await scratch.drop();
  });
  const pgStamp = async (): Promise<string> => (await pg.version.current())!;

  it("is stable across reads, changes on a commit, a rollback that wrote, and another connection's write", async () => {
    const first = await pgStamp();
    await pg.dataSource.query("SELECT * FROM item");
    expect(await pgStamp()).toBe(first);
    await pg.dataSource.transaction((manager) => manager.query("UPDATE item SET name = 'un' WHERE id = 1"));
    const second = await pgStamp();
    expect(second).not.toBe(first);
    await expect(
      pg.dataSource.transaction(async (manager) => {
        await manager.query("UPDATE item SET name = 'ein' WHERE id = 1");
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    const third = await pgStamp();
    expect(third).not.toBe(second);
    const other = await openDatabase({ database: scratch.of("data-version"), entities: [], migrations: [] });
    try {
      await other.dataSource.query("UPDATE item SET name = 'from elsewhere' WHERE id = 1");
    } finally {
      await other.dataSource.destroy();
    }
    expect(await pgStamp()).not.toBe(third);
  });
});
