// `demo` on a public figure means that some row counted in that figure, over its period, is
// invented. A new promise period (2026-07-01 – 2027-06-30, clock 2026-11-30) holds real rows only:
// a session, a watch group, kits and burglaries recorded as real; the fixture's demo records are
// all from 2018–2019, outside it (its demo watch groups and kits, which would still be counted in
// today's stocks, are removed first). Nothing public about the new period may then say demo.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PublicProgress } from "../../server/privacy/progress.ts";
import type { QuarterReport } from "../../server/privacy/report.ts";
import { jsonSender } from "../helpers/json-request.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());
const send = jsonSender(t.app);
const pub = jsonSender(t.as(null));

let promises: PublicProgress;
let report: QuarterReport;

beforeAll(async () => {
  // Stocks that would count invented rows today: gone, so only real rows are counted.
  t.db.exec(`UPDATE watch_groups SET deleted_at = '2026-01-01T00:00:00Z' WHERE demo = 1;
             UPDATE dna_kits SET deleted_at = '2026-01-01T00:00:00Z' WHERE demo = 1;`);
  const period = await send("POST", "/api/promise-periods", {
    name: "Medborgarlöften 2026–2027",
    starts_on: "2026-07-01",
    ends_on: "2027-06-30",
    copy_from: 1,
  });
  expect(period.status).toBe(201);
  for (const body of [
    { kind: "info_session", date: "2026-08-12", area_id: "12300001", topic: "markdna" },
    { kind: "safety_walk", date: "2026-09-03", area_id: "12300002" },
  ]) {
    expect((await send("POST", "/api/visits", body)).status).toBe(201);
  }
  const group = await send("POST", "/api/watch-groups", {
    area_id: "12300003",
    name: "Gamma Östra",
    status: "active",
    households: 30,
    started_on: "2026-08-01",
  });
  expect(group.status).toBe(201);
  const kits = await send("POST", "/api/dna-kits", {
    area_id: "12300002",
    handed_out_on: "2026-08-20",
    kits: 7,
  });
  expect(kits.status).toBe(201);
  t.db.exec(`INSERT INTO burglaries (area_id, quarter, count, demo) VALUES
             ('12300001', '2026-Q3', 6, 0), ('12300001', '2025-Q3', 8, 0)`);
  promises = (await pub("GET", "/api/public/promises")).body as unknown as PublicProgress;
  report = (await pub("GET", "/api/public/reports/2026-Q3")).body as unknown as QuarterReport;
});

describe("a period with real rows only", () => {
  it("says demo on none of its promises, goals, figures or quarters", () => {
    expect(promises.period.name).toBe("Medborgarlöften 2026–2027");
    expect(promises.activities.filter((a) => a.demo).map((a) => a.id)).toEqual([]);
    const goals = promises.goals.map((g) => [
      g.indicator,
      g.demo,
      g.baseline?.demo,
      g.current?.demo,
    ]);
    expect(goals.filter(([, ...flags]) => flags.some((f) => f === true))).toEqual([]);
    // The figures are there, counted from the real rows.
    const burglaries = promises.goals.find((g) => g.indicator === "burglaries_not_increase");
    expect([burglaries?.current?.value, burglaries?.baseline?.value]).toEqual([6, 8]);
    expect(promises.trends.map((q) => [q.quarter, q.demo])).toEqual([["2026-Q3", []]]);
    expect(promises.demo).toBe(false);
  });

  it("gives a report that lists no kind of invented record", () => {
    expect(report.demo).toEqual([]);
    expect(report.map.demo).toBe(false);
    expect(report.indicators.some((g) => g.demo)).toBe(false);
  });
});
