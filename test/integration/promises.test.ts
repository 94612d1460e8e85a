// Promise periods, promises and progress over the fixture (clock 2026-11-30). The seed loads the
// real 2018–2019 promises: period 1, activity promises 1–7, goals 8–13. Evidence in the fixture
// inside 2018-07-13..2019-12-31: info sessions 1 and 2, walks 3 and 5, contact meeting 4 is
// before the period, lägesbild weeks 2019-W18 (id 1) and W20 (id 2), one message (2019-01-15).
import { afterAll, describe, expect, it } from "vitest";
import { seedIfEmpty } from "../../server/db/seed.ts";
import type { PeriodProgress } from "../../server/promises/service.ts";
import { fieldsOf, jsonSender, lastAudit } from "../helpers/json-request.ts";
import { createTestApp, FIXTURE_DATA } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());
const send = jsonSender(t.app);
const progressOf = async () =>
  (await send("GET", "/api/promises/progress?period_id=1")).body as unknown as PeriodProgress;

describe("the seeded 2018–2019 promises", () => {
  it("are real data (not demo), in one period from 2018-07-13 to 2019-12-31", async () => {
    const res = await send("GET", "/api/promise-periods/1");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ starts_on: "2018-07-13", ends_on: "2019-12-31", demo: false });
    const promises = res.body.promises as {
      category: string;
      target: number | null;
      evidence: string | null;
      demo: boolean;
    }[];
    expect(
      promises.filter((p) => p.category === "activity").map((p) => [p.evidence, p.target]),
    ).toEqual([
      ["info_session", 5],
      ["contact_meeting", 1],
      ["safety_walk", 2],
      ["lagesbild_week", 1],
      ["message_monthly", 1],
      ["manual", 1],
      ["manual", 1],
    ]);
    expect(promises.filter((p) => p.category === "goal")).toHaveLength(6);
    expect(promises.every((p) => !p.demo)).toBe(true);
  });
});

describe("GET /api/promises/progress", () => {
  it("counts each promise with the ids behind it, and the gaps", async () => {
    const p = await progressOf();
    const row = (id: number) => p.activities.find((a) => a.promise.id === id)?.progress;
    expect(row(1)).toMatchObject({ done: 2, target: 5, status: "missed", ids: [1, 2] });
    expect(row(2)).toMatchObject({ done: 0, target: 1, status: "missed", ids: [] });
    expect(row(3)).toMatchObject({ done: 2, target: 2, status: "achieved", ids: [3, 5] });
    // ISO weeks whose Thursday is in the period: 2018-W29..W52 (24) and 2019-W01..W52 (52).
    expect(row(4)).toMatchObject({ unit: "week", done: 2, target: 76, ids: [1, 2] });
    expect(row(4)?.gaps).toHaveLength(74);
    // Months July 2018 .. December 2019: 18, one with a message.
    expect(row(5)).toMatchObject({ unit: "month", done: 1, target: 18, ids: [1] });
    expect(row(5)?.units).toEqual([{ unit: "2019-01", ids: [1] }]);
    expect(p.activities.find((a) => a.promise.id === 5)?.source).toBe("messages");
    expect(p.lagesbild_recorded).toBe(true);
  });

  it("measures the goals against their baselines", async () => {
    const p = await progressOf();
    const goal = (id: number) => p.goals.find((g) => g.promise.id === id);
    // Burglary quarters starting 2018-07-13..2019-12-31: 3 + 2 + 4 + 0 + 1; a year earlier only 2018-Q4 = 3.
    expect(goal(8)).toMatchObject({
      status: "not_met",
      baseline: { value: 3 },
      current: { value: 10 },
    });
    // Kits before the period: 10 (Alfa); by its end 25 + 5.
    expect(goal(9)).toMatchObject({
      status: "met",
      baseline: { value: 10 },
      current: { value: 30 },
    });
    // Areas with an active group: Alfa before and after (Beta's group 5 starts in 2020).
    expect(goal(10)).toMatchObject({
      status: "not_met",
      baseline: { value: 1 },
      current: { value: 1 },
    });
    expect(goal(11)).toMatchObject({
      status: "met",
      baseline: { value: 2.12 },
      current: { value: 1.87 },
    });
  });

  it("gives quarterly trends with the same quarter a year before", async () => {
    const p = await progressOf();
    expect(p.trends.map((q) => q.quarter)).toEqual([
      "2018-Q3",
      "2018-Q4",
      "2019-Q1",
      "2019-Q2",
      "2019-Q3",
      "2019-Q4",
    ]);
    expect(p.trends[3]).toMatchObject({
      quarter: "2019-Q2",
      info_sessions: 1,
      kits: 15,
      lagesbild_weeks: 2,
      burglaries: 4,
      burglaries_year_before: null,
      watch_areas: 1,
    });
    expect(p.trends[5]).toMatchObject({
      quarter: "2019-Q4",
      safety_walks: 2,
      kits: 5,
      burglaries: 1,
      burglaries_year_before: 3,
    });
  });

  it("defaults to the latest started period; names a bad or unknown period", async () => {
    expect((await send("GET", "/api/promises/progress")).body).toMatchObject({ period: { id: 1 } });
    expect((await send("GET", "/api/promises/progress?period_id=99")).status).toBe(404);
    const bad = await send("GET", "/api/promises/progress?period_id=abc&x=1");
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(expect.arrayContaining(["period_id", "x"]));
  });
});

describe("writing promises", () => {
  it("creates a promise, edits it, and soft-deletes it, each write audited", async () => {
    const created = await send("POST", "/api/promises", {
      period_id: 1,
      category: "activity",
      title_sv: "Minst tre trygghetsvandringar i Hjärup",
      title_en: "At least three safety walks in Hjärup",
      evidence: "safety_walk",
      target: 3,
      deadline: "2019-06-30",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: 14,
      position: 13,
      deadline: "2019-06-30",
      indicator: null,
      demo: false,
    });
    expect(lastAudit(t.db)).toMatchObject({
      action: "create",
      entity: "promises",
      entity_id: "14",
    });
    const patched = await send("PATCH", "/api/promises/14", { target: 4 });
    expect(patched.body).toMatchObject({
      target: 4,
      title_sv: "Minst tre trygghetsvandringar i Hjärup",
    });
    expect(JSON.parse(lastAudit(t.db).detail)).toEqual({ changed: ["target"] });
    expect((await send("DELETE", "/api/promises/14")).body).toEqual({ id: 14, deleted: true });
    expect((await send("GET", "/api/promises/14")).status).toBe(404);
    expect(
      t.db.prepare("SELECT deleted_at IS NOT NULL FROM promises WHERE id = 14").pluck().get(),
    ).toBe(1);
    expect((await send("DELETE", "/api/promises/14")).status).toBe(404);
  });

  it("names every bad field and writes nothing", async () => {
    const before = t.db.prepare("SELECT COUNT(*) FROM audit_log").pluck().get();
    const bad = await send("POST", "/api/promises", {
      period_id: 1,
      category: "activity",
      title_sv: "",
      title_en: "x",
      evidence: "rumour",
      target: -1,
      colour: 1,
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(
      expect.arrayContaining(["title_sv", "evidence", "target", "colour"]),
    );
    const outside = await send("POST", "/api/promises", {
      period_id: 1,
      category: "goal",
      title_sv: "a",
      title_en: "a",
      indicator: "manual",
      deadline: "2021-01-01",
    });
    expect(fieldsOf(outside.body)).toEqual(["deadline"]);
    const unknown = await send("POST", "/api/promises", {
      period_id: 9,
      category: "goal",
      title_sv: "a",
      title_en: "a",
      indicator: "manual",
    });
    expect(fieldsOf(unknown.body)).toEqual(["period_id"]);
    const wrongKind = await send("PATCH", "/api/promises/1", {
      indicator: "manual",
      deadline: "2017-01-01",
    });
    expect(fieldsOf(wrongKind.body)).toEqual(expect.arrayContaining(["indicator", "deadline"]));
    expect(t.db.prepare("SELECT COUNT(*) FROM audit_log").pluck().get()).toBe(before);
  });

  it("records manual progress (SIG started) without putting the note in the audit log", async () => {
    const bad = await send("POST", "/api/promises/6/progress", { date: "2019-02-30" });
    expect(fieldsOf(bad.body)).toEqual(["date"]);
    const res = await send("POST", "/api/promises/6/progress", {
      date: "2019-02-01",
      label: "SIG startad",
      note: "Samordnare: Eva 070-555",
    });
    expect(res.status).toBe(201);
    expect(lastAudit(t.db).detail).not.toContain("Eva");
    const p = await progressOf();
    expect(p.activities.find((a) => a.promise.id === 6)?.progress).toMatchObject({
      done: 1,
      status: "achieved",
    });
    const id = (res.body as { id: number }).id;
    expect((await send("DELETE", `/api/promises/progress/${id}`)).status).toBe(200);
    const after = await progressOf();
    expect(after.activities.find((a) => a.promise.id === 6)?.progress.done).toBe(0);
  });
});

describe("a database seeded before migration 005", () => {
  it("gets the real promises on the next start, once", () => {
    const old = createTestApp();
    try {
      old.db.exec(
        "DELETE FROM promise_progress; DELETE FROM promises; DELETE FROM promise_periods;",
      );
      expect(seedIfEmpty(old.db, FIXTURE_DATA)).toBe(false); // areas exist: no demo re-seed
      expect(old.db.prepare("SELECT COUNT(*) FROM promises").pluck().get()).toBe(13);
      seedIfEmpty(old.db, FIXTURE_DATA);
      expect(old.db.prepare("SELECT COUNT(*) FROM promise_periods").pluck().get()).toBe(1);
    } finally {
      old.close();
    }
  });
});
