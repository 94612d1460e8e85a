// Every field error the forms' endpoints give carries a code the web app words in Swedish and
// English (web/forms/codes.ts), with every param filled in: bad bodies and queries go to the real
// routes, and each field of each 400 is checked. A code the client cannot translate, a wording
// that leaves a {{param}} open, or a refusal that falls back to the generic `invalid` fails here.
import i18next from "i18next";
import { afterAll, describe, expect, it } from "vitest";
import type { Role } from "../../server/auth/roles.ts";
import { FIELD_CODES, type FieldCode, isFieldCode } from "../../server/http/field-codes.ts";
import { en } from "../../web/i18n/en.ts";
import { sv } from "../../web/i18n/sv.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());

const i18n = i18next.createInstance();
await i18n.init({
  lng: "sv",
  resources: { sv: { translation: sv }, en: { translation: en } },
  interpolation: { escapeValue: false },
});

const AREA = "12300002";
type Field = { field: string; code?: unknown; params?: Record<string, string | number> };
const seen = new Set<FieldCode>();

/** The fields of a refused request, each checked as it comes. */
async function refused(role: Role, method: string, path: string, body?: unknown) {
  const res = await t.as(role).request(path, {
    method,
    headers: { "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
  const answer = (await res.json()) as { error: { fields?: Field[] } };
  const fields = answer.error.fields ?? [];
  for (const f of fields) {
    const where = `${method} ${path} ${f.field}: ${String(f.code)}`;
    expect(isFieldCode(f.code), where).toBe(true);
    expect(f.code, where).not.toBe("invalid");
    seen.add(f.code as FieldCode);
    for (const lng of ["sv", "en"]) {
      const worded = i18n.getFixedT(lng)(`fieldCodes.${f.code as FieldCode}`, { ...f.params });
      expect(worded, `${lng} ${where}`).not.toMatch(/\{\{|fieldCodes/);
    }
  }
  return Object.fromEntries(fields.map((f) => [f.field, f.code]));
}

describe("field-error codes", () => {
  it("the recording forms' refusals", async () => {
    expect(
      await refused("planner", "POST", "/api/visits", {
        kind: "info_session",
        date: "2019-02-30",
        topic: "grannsamverkan",
        attendees: -1,
        start_time: "25:00",
        notes: "x".repeat(4001),
      }),
    ).toMatchObject({
      date: "not_date",
      area_id: "area_missing",
      attendees: "at_least",
      start_time: "not_clock",
      notes: "too_long",
    });
    expect(await refused("planner", "GET", "/api/visits?colour=red")).toEqual({
      colour: "unknown_parameter",
    });
    expect(
      await refused("planner", "POST", "/api/visits", {
        kind: "info_session",
        date: "2019-03-01",
        topic: "grannsamverkan",
        area_id: "nowhere",
        start_time: "19:00",
        end_time: "18:00",
      }),
    ).toMatchObject({ area_id: "unknown_area", end_time: "ends_after" });
    expect(
      await refused("planner", "POST", "/api/visits", {
        kind: "contact_meeting",
        date: "2019-03-01",
        lon: 10,
        lat: 50,
      }),
    ).toMatchObject({ lon: "not_in_area" });
    expect(
      await refused("planner", "POST", "/api/visits", {
        kind: "safety_walk",
        date: "2019-03-01",
        route: { type: "LineString", coordinates: [[13.2, 55.6]] },
        participants: ["Polisen", "Polisen"],
      }),
    ).toMatchObject({ "route.coordinates": "route_too_short", participants: "repeated_value" });
    expect(
      await refused("planner", "POST", "/api/watch-groups", {
        area_id: AREA,
        name: "",
        status: "active",
        started_on: "2019-01-01",
        inactive_since: "2018-01-01",
        contact_phone: "abc",
        contact_email: "nope",
      }),
    ).toMatchObject({
      name: "empty",
      households: "required",
      contact_phone: "not_phone",
      contact_email: "not_email",
    });
    expect(
      await refused("planner", "POST", "/api/dna-kits", {
        area_id: AREA,
        handed_out_on: "2019-03-01",
        kits: 0,
      }),
    ).toMatchObject({ kits: "at_least" });
    expect(
      await refused("planner", "POST", "/api/dna-kits", {
        area_id: AREA,
        handed_out_on: "2019-03-01",
        kits: 1.5,
      }),
    ).toMatchObject({ kits: "not_whole_number" });
    expect(await refused("planner", "GET", "/api/visits?from=2019-05-01&to=2019-01-01")).toEqual({
      from: "from_after_to",
    });
    expect(await refused("planner", "POST", "/api/visits", "{not json")).toEqual({
      "(body)": "not_json",
    });
  });

  it("the follow-up forms' refusals", async () => {
    expect(
      await refused("planner", "POST", "/api/promise-periods", {
        name: "P",
        starts_on: "2020-01-01",
        ends_on: "2019-01-01",
        source_url: "ftp://x",
        copy_from: 9999,
      }),
    ).toMatchObject({
      ends_on: "before_start",
      source_url: "not_url",
      copy_from: "unknown_period",
    });
    expect(
      await refused("planner", "POST", "/api/messages", {
        sent_on: "2019-01-01",
        channel: "pigeon",
        subject: "x",
        area_ids: ["nowhere"],
      }),
    ).toMatchObject({ channel: "not_one_of", "area_ids.0": "unknown_area" });
  });

  it("the police forms' refusals", async () => {
    const presence = {
      starts_at: "2019-06-02T20:00:00Z",
      ends_at: "2019-06-02T19:00:00Z",
      actor: "police",
      kind: "foot",
      place: { type: "Area", area_id: "nowhere" },
    };
    expect(await refused("police", "POST", "/api/internal/presence", presence)).toMatchObject({
      ends_at: "ends_after",
    });
    const long = { ...presence, ends_at: "2019-06-04T19:00:00Z" };
    expect(await refused("police", "POST", "/api/internal/presence", long)).toMatchObject({
      ends_at: "presence_too_long",
    });
    const nowhere = { ...presence, ends_at: "2019-06-02T21:00:00Z" };
    expect(await refused("police", "POST", "/api/internal/presence", nowhere)).toEqual({
      "place.area_id": "unknown_area",
    });
    const badTime = { ...nowhere, starts_at: "2019-02-30T10:00:00Z" };
    expect(await refused("police", "POST", "/api/internal/presence", badTime)).toMatchObject({
      starts_at: "not_time",
    });
    expect(
      await refused("police", "POST", "/api/internal/lagesbild", {
        week: "2019-7",
        date: "2019-02-14",
        participants: ["Polisen", "Polisen"],
      }),
    ).toMatchObject({ week: "not_week", participants: "repeated_value" });
    expect(
      await refused("police", "POST", "/api/internal/lagesbild", {
        week: "2019-W09",
        date: "2019-02-14",
        areas: [{ area_id: "nowhere", reason: "x", bands: ["never"] }],
      }),
    ).toMatchObject({
      week: "week_mismatch",
      "areas.0.area_id": "unknown_area",
      "areas.0.bands.0": "unknown_band",
    });
  });

  it("the admin forms' refusals", async () => {
    expect(
      await refused("admin", "POST", "/api/admin/accounts", { username: "x", role: "boss" }),
    ).toMatchObject({ username: "bad_username", role: "not_one_of" });
    expect(await refused("admin", "PATCH", "/api/admin/accounts/1", {})).toEqual({
      "(root)": "nothing_to_change",
    });
    expect(
      await refused("admin", "PUT", "/api/admin/privacy", { contact_retention_months: 0 }),
    ).toMatchObject({ contact_retention_months: "whole_in_range" });
  });

  it("every code the server has, the web app words in both languages", () => {
    for (const code of FIELD_CODES) {
      expect(sv.fieldCodes[code], code).toBeTruthy();
      expect(en.fieldCodes[code], code).toBeTruthy();
    }
    // The requests above reached the checks they were meant for.
    expect(seen.size).toBeGreaterThan(20);
  });
});
