// Coverage computed on write against the full recomputation, over the fixture: random writes
// through the API, a split rebuild, and a writer that bypasses the API.
import { afterAll, describe, expect, it } from "vitest";
import { createCoverageEngine } from "../../server/coverage/engine.ts";
import { ALFA, BETA, coverageCalls, GAMMA, ZERO_CELL } from "../helpers/internal-api.ts";
import { createTestApp, FIXTURE_DATA } from "../helpers/test-app.ts";

const t = createTestApp(FIXTURE_DATA, { role: "police" });
afterAll(() => t.close());

const { api, presence, table, row, dump } = coverageCalls(t);
const ZERO = ZERO_CELL;

describe("incremental and full recomputation", () => {
  it("give the same rows after random creates, changes and deletes", async () => {
    let seed = 20190207;
    const rnd = (n: number) => {
      // mulberry32: a small seeded generator whose low bits are as good as its high ones
      seed = (seed + 0x6d2b79f5) | 0;
      let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return Math.floor((((x ^ (x >>> 14)) >>> 0) / 2 ** 32) * n);
    };
    const place = () => {
      const lon = 13.195 + rnd(400) / 10_000;
      const lat = 55.637 + rnd(160) / 10_000;
      const kind = rnd(3);
      if (kind === 0) return { type: "Point", coordinates: [lon, lat] };
      if (kind === 1)
        return {
          type: "LineString",
          coordinates: [
            [lon, lat],
            [13.2 + rnd(300) / 10_000, 55.645],
          ],
        };
      return { type: "Area", area_id: [ALFA, BETA, GAMMA][rnd(3)] };
    };
    // Starts spread over 2019, with the DST weekends and New Year's Eve made likely.
    const start = () => {
      const base = [
        Date.parse("2019-03-30T20:00:00Z"),
        Date.parse("2019-10-26T20:00:00Z"),
        Date.parse("2019-12-31T20:00:00Z"),
        Date.parse("2019-01-01T00:00:00Z"),
      ][rnd(4)] as number;
      return (
        base + rnd(rnd(4) === 3 ? 360 * 24 : 12) * 3_600_000 + rnd(60) * 60_000 + rnd(60) * 1000
      );
    };
    const ids: number[] = [];
    let patched = 0;
    for (let i = 0; i < 200; i++) {
      const op = ids.length < 5 ? 0 : rnd(5);
      if (op <= 2) {
        const s = start();
        const e = s + (1 + rnd(600)) * 60_000 + rnd(60) * 1000;
        const res = await presence(
          new Date(s).toISOString(),
          new Date(e).toISOString(),
          place(),
          ["police", "volunteers"][rnd(2)],
        );
        if (res.status === 201) ids.push(res.body.id);
      } else if (op === 3) {
        const id = ids[rnd(ids.length)];
        const s = start();
        const times = {
          starts_at: new Date(s).toISOString(),
          ends_at: new Date(s + rnd(300) * 60_000 + 1000).toISOString(),
        };
        const res = await api("PATCH", `/presence/${id}`, rnd(2) ? { place: place() } : times);
        patched += res.status === 200 ? 1 : 0;
      } else {
        const [id] = ids.splice(rnd(ids.length), 1);
        expect((await api("DELETE", `/presence/${id}`)).status).toBe(204);
      }
    }
    const incremental = dump();
    expect(ids.length).toBeGreaterThan(50);
    expect(patched).toBeGreaterThan(20);
    expect(incremental.length).toBeGreaterThan(100);
    const full = await api("POST", "/coverage/recompute");
    expect(full.status).toBe(200);
    expect(full.body.rows).toBe(incremental.length);
    expect(dump()).toEqual(incremental);
  });

  it("give the same rows when the rebuild is split over two threads", () => {
    const before = dump();
    const result = createCoverageEngine(t.db, { parallelFrom: 0 }).recompute();
    expect(result.threads).toBe(2);
    expect(dump()).toEqual(before);
  });

  it("rebuilds before the next read when another writer changed presence behind its back", async () => {
    t.db
      .prepare(
        `INSERT INTO presence (area_id, starts_at, ends_at, actor, kind, notes)
         VALUES (?, '2019-02-05T10:00:00Z', '2019-02-05T11:00:00Z', 'other', 'event', '')`,
      )
      .run(BETA);
    const tb = await table("?from=2019-02-05&to=2019-02-05");
    expect(row(tb, BETA)?.cells["weekday-06-12"]).toEqual({
      ...ZERO,
      effective_minutes: 60,
      effective_visits: 1,
    });
  });
});
