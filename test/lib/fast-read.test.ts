import { In, IsNull, type ObjectLiteral } from "typeorm";
import { openDatabase, type Database } from "../../lib/db/data-source";
import { fastReader } from "../../lib/db/fast-read";
import { linkedRows } from "../../lib/db/linked";
import { councilTypes, type CouncilTypes } from "../../lib/council/entities";
import { createCouncilContext, type CouncilContext } from "../../lib/council/loaders";
import { councilSubgraph } from "../../lib/council/subgraph";
import { ActionThemeRow, StatementEntity, type BoardInterface } from "../../lib/council/model";
import { MeasureEntity } from "../../lib/council/records";
import { projectCouncils } from "../helpers/councils";
import { scratchDatabases } from "../helpers/engine";

/**
 * The loaders' read path (lib/db/fast-read.ts) bypasses TypeORM's query building and hydration: it
 * must give the same rows as TypeORM's find, as objects of the same per-council classes (interfaces
 * resolve by class; `id` is a getter on the prototype), count each statement as TypeORM's logger
 * does, and see a write made through TypeORM just before.
 */
const council = projectCouncils().find((candidate) => candidate.id === "westmorland-furness")!;
const scratch = scratchDatabases();
let database: Database;
let types: CouncilTypes;

beforeAll(async () => {
  const subgraph = councilSubgraph(council);
  types = councilTypes(council);
  database = await openDatabase({ database: scratch.of(council.id), entities: subgraph.entities, migrations: subgraph.migrations });
  await subgraph.load(database.dataSource);
}, 120_000);
afterAll(async () => {
  await database?.dataSource.destroy();
  await scratch.drop();
});

const context = (): CouncilContext => createCouncilContext(database.dataSource, types, new types.Council(), null, { headingKinds: [], statementKinds: [] });

/** An entity's own fields and class, for comparison. */
const shape = (row: ObjectLiteral) => ({ class: (row.constructor as { name: string }).name, prototype: Object.getPrototypeOf(row) as unknown, fields: { ...row } });

it("reads the same rows as TypeORM, in the same order, as objects of the council's own classes", async () => {
  const manager = database.dataSource.manager;
  const plans = await manager.find(types.Plan, { order: { position: "ASC" } });
  const planKeys = plans.map((plan) => plan.slug);
  expect(plans.length).toBeGreaterThan(0);

  const loaders = context();
  const [fastPlans] = await loaders.allPlans.loadMany(["all"]);
  expect((fastPlans as ObjectLiteral[]).map(shape)).toEqual(plans.map(shape));
  expect((fastPlans as ObjectLiteral[])[0]).toBeInstanceOf(types.Plan);
  expect((fastPlans as Array<{ id: string }>)[0].id).toBe(plans[0].id);

  const priorities = await manager.find(types.Priority, { where: { planSlug: In(planKeys), parentSlug: IsNull() }, order: { position: "ASC" } });
  const fastPriorities = (await loaders.topPrioritiesOfPlan.loadMany(planKeys)).flat() as ObjectLiteral[];
  expect(fastPriorities.map(shape)).toEqual(planKeys.flatMap((key) => priorities.filter((row) => row.planSlug === key)).map(shape));

  const actions = await manager.find(types.Action, { order: { position: "ASC" } });
  const actionKeys = actions.map((action) => action.slug);
  const fastActions = (await loaders.action.loadMany(actionKeys)) as ObjectLiteral[];
  expect(fastActions.map(shape)).toEqual(actions.map(shape));
  expect(fastActions[0]).toBeInstanceOf(types.Action);

  const themes = await manager.find(ActionThemeRow, { where: { actionSlug: In(actionKeys) }, order: { theme: "ASC" } });
  const fastThemes = (await loaders.themesOfAction.loadMany(actionKeys)).flat() as ObjectLiteral[];
  expect(fastThemes.map(shape)).toEqual(actionKeys.flatMap((key) => themes.filter((row) => row.actionSlug === key)).map(shape));

  const outcomes = await manager.find(StatementEntity, { where: { ownerSlug: In(planKeys), kindCode: "OUTCOME" }, order: { position: "ASC" } });
  expect(((await loaders.outcomesOfPlan.loadMany(planKeys)).flat() as ObjectLiteral[]).map(shape)).toEqual(planKeys.flatMap((key) => outcomes.filter((row) => row.ownerSlug === key)).map(shape));

  const measures = await manager.find(MeasureEntity, { where: { planSlug: In(planKeys) }, order: { position: "ASC" } });
  expect(((await loaders.measuresOfPlan.loadMany(planKeys)).flat() as ObjectLiteral[]).map(shape)).toEqual(planKeys.flatMap((key) => measures.filter((row) => row.planSlug === key)).map(shape));

  const boards = await linkedRows<BoardInterface>(manager, types.Board, { table: "board_plan", ownColumn: "board_slug", keyColumn: "plan_slug" }, planKeys);
  expect(boards.length).toBeGreaterThan(0);
  const fastBoards = (await loaders.boardsOfPlan.loadMany(planKeys)).flat() as ObjectLiteral[];
  expect(fastBoards.map(shape)).toEqual(planKeys.flatMap((key) => boards.filter((row) => row.linkKey === key)).map(shape));
  expect(fastBoards[0]).toBeInstanceOf(types.Board);
});

it("counts one statement per batch, as TypeORM's logger counts its own", async () => {
  const loaders = context();
  const before = database.sql.statements;
  await Promise.all([loaders.plan.load("no-such-plan"), loaders.plan.load("another"), loaders.allPlans.load("all")]);
  expect(database.sql.statements - before).toBe(2);
  await loaders.plan.load("no-such-plan");
  expect(database.sql.statements - before).toBe(2);
});

it("sees a write made through TypeORM just before, in or out of a transaction", async () => {
  const manager = database.dataSource.manager;
  const [action] = await manager.find(types.Action, { order: { position: "ASC" }, take: 1 });
  const read = fastReader(database.dataSource).read<{ title: string; version: number }>(types.Action, { key: "slug", order: { position: "ASC" } });
  expect((await read([action.slug]))[0].title).toBe(action.title);

  await manager.update(types.Action, { slug: action.slug }, { title: "Retitled for the test" });
  expect((await read([action.slug]))[0].title).toBe("Retitled for the test");
  expect((await context().action.load(action.slug))?.title).toBe("Retitled for the test");

  await database.dataSource.transaction(async (transaction) => {
    await transaction.update(types.Action, { slug: action.slug }, { version: action.version + 7 });
  });
  expect((await read([action.slug]))[0].version).toBe(action.version + 7);
});

it("makes a request's loaders on first use only, once each", () => {
  const loaders = context();
  expect(Object.keys(loaders)).not.toContain("plan");
  const plan = loaders.plan;
  expect(loaders.plan).toBe(plan);
  expect(Object.keys(loaders)).toContain("plan");
  expect(Object.keys(loaders)).not.toContain("action");
  expect(context().plan).not.toBe(plan);
});
