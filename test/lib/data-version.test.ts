import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type Database } from "../../lib/db/data-source";

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

const stamp = (): string => database.version.current()!;

it("is stable across reads", async () => {
  const before = stamp();
  await database.dataSource.query("SELECT * FROM item");
  expect(stamp()).toBe(before);
});

it("changes on a write outside a transaction, on a commit and on a rollback", async () => {
  const first = stamp();
  await database.dataSource.query("UPDATE item SET name = 'uno' WHERE id = 1");
  const second = stamp();
  expect(second).not.toBe(first);
  await database.dataSource.transaction((manager) => manager.query("UPDATE item SET name = 'un' WHERE id = 1"));
  const third = stamp();
  expect(third).not.toBe(second);
  await expect(database.dataSource.transaction(async (manager) => {
    await manager.query("UPDATE item SET name = 'ein' WHERE id = 1");
    throw new Error("roll back");
  })).rejects.toThrow("roll back");
  expect(stamp()).not.toBe(third);
});

it("changes when another connection (as `npm run data:load` opens one) commits", async () => {
  const before = stamp();
  const other = await openDatabase({ database: join(dir, "test.sqlite"), entities: [], migrations: [] });
  try {
    await other.dataSource.query("UPDATE item SET name = 'from elsewhere' WHERE id = 1");
  } finally {
    await other.dataSource.destroy();
  }
  expect(stamp()).not.toBe(before);
});

it("differs between two opens of the same file (a restarted subgraph never repeats a stamp)", async () => {
  const again = await openDatabase({ database: join(dir, "test.sqlite"), entities: [], migrations: [] });
  try {
    expect(again.version.current()!.split(".")[0]).not.toBe(stamp().split(".")[0]);
  } finally {
    await again.dataSource.destroy();
  }
});
