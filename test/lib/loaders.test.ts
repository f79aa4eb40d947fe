import { groupLoader, rowLoader } from "../../lib/loaders";

describe("loaders", () => {
  it("batch the keys of one tick into one fetch, keep key order, null for misses", async () => {
    const calls: string[][] = [];
    const loader = rowLoader(
      async (keys: readonly string[]) => {
        calls.push([...keys]);
        return keys
          .filter((key) => key !== "missing")
          .reverse()
          .map((key) => ({ key, value: key.toUpperCase() }));
      },
      (row) => row.key,
    );
    const results = await Promise.all(["a", "missing", "b"].map((key) => loader.load(key)));
    expect(calls).toEqual([["a", "missing", "b"]]);
    expect(results).toEqual([{ key: "a", value: "A" }, null, { key: "b", value: "B" }]);
  });

  it("group rows by key, empty where none", async () => {
    const loader = groupLoader(
      async () => [
        { plan: "p1", n: 1 },
        { plan: "p2", n: 2 },
        { plan: "p1", n: 3 },
      ],
      (row) => row.plan,
    );
    expect(await loader.loadMany(["p1", "p2", "p3"])).toEqual([
      [
        { plan: "p1", n: 1 },
        { plan: "p1", n: 3 },
      ],
      [{ plan: "p2", n: 2 }],
      [],
    ]);
  });
});
