import { describe, expect, it } from "vitest";
import { personQuery } from "../../server/admin/schema.ts";
import { dnaKitInput } from "../../server/dna-kits/schema.ts";
import { createPresence } from "../../server/presence/schema.ts";
import { infoSessionInput } from "../../server/visits/schema.ts";
import { watchGroupInput } from "../../server/watch-groups/schema.ts";
import { numberOrEmpty, serverFieldErrors, zodFieldErrors } from "./validate.ts";

const codes = (errors: ReturnType<typeof zodFieldErrors>) =>
  Object.fromEntries(Object.entries(errors).map(([k, p]) => [k, p.code]));

describe("zodFieldErrors", () => {
  it("names every bad field of a session with a code the form words", () => {
    const errors = zodFieldErrors(infoSessionInput, {
      kind: "info_session",
      date: "2019-02-30",
      topic: "grannsamverkan",
      attendees: -1,
    });
    expect(codes(errors)).toEqual({
      area_id: "area_missing",
      attendees: "at_least",
      date: "not_date",
    });
    expect(errors.attendees?.params).toEqual({ min: 0 });
    // The English message stays, for API users and logs.
    expect(errors.date?.message).toBe("must be a real date written YYYY-MM-DD");
  });

  it("accepts a valid kit record and says how many kits at least", () => {
    const ok = { area_id: "1", handed_out_on: "2019-03-01", kits: 3 };
    expect(zodFieldErrors(dnaKitInput, ok)).toEqual({});
    const errors = zodFieldErrors(dnaKitInput, { ...ok, kits: 0 });
    expect(errors.kits).toMatchObject({ code: "at_least", params: { min: 1 } });
    expect(zodFieldErrors(dnaKitInput, { ...ok, kits: Number.NaN }).kits?.code).toBe("not_number");
    expect(zodFieldErrors(dnaKitInput, { ...ok, kits: 2.5 }).kits?.code).toBe("not_whole_number");
  });

  it("tells a missing field from an empty one, and words bad contact details", () => {
    const errors = zodFieldErrors(watchGroupInput, {
      area_id: "1",
      name: "",
      status: "active",
      started_on: "2019-01-01",
      contact_phone: "abc",
      contact_email: "nope",
    });
    expect(codes(errors)).toEqual({
      name: "empty",
      households: "required",
      contact_phone: "not_phone",
      contact_email: "not_email",
    });
  });

  it("gives the presence rules their own codes", () => {
    const body = {
      starts_at: "2019-06-02T20:00:00Z",
      ends_at: "2019-06-02T19:00:00Z",
      actor: "police",
      kind: "foot",
      place: { type: "LineString", coordinates: [[13.2, 55.6]] },
      notes: "x".repeat(2001),
    };
    expect(codes(zodFieldErrors(createPresence, body))).toEqual({
      "place.coordinates": "route_too_short",
      notes: "too_long",
      ends_at: "ends_after",
    });
    const valid = { ...body, place: { type: "Point", coordinates: [13.2, 55.6] }, notes: "" };
    expect(zodFieldErrors(createPresence, valid).ends_at?.code).toBe("ends_after");
    const long = { ...valid, ends_at: "2019-06-04T19:00:00Z" };
    expect(zodFieldErrors(createPresence, long).ends_at).toMatchObject({
      code: "presence_too_long",
      params: { hours: 24 },
    });
    const bad = zodFieldErrors(createPresence, { ...valid, starts_at: "2019-02-30T10:00:00Z" });
    expect(bad.starts_at?.code).toBe("not_time");
  });

  it("words the admin's person search by code", () => {
    expect(codes(zodFieldErrors(personQuery, { name: "A", email: "x" }))).toEqual({
      name: "too_short",
      email: "not_email",
    });
    expect(codes(zodFieldErrors(personQuery, {}))).toEqual({ "": "give_person" });
  });
});

describe("serverFieldErrors and numbers", () => {
  it("reads the API's field list, bracketed paths included, first problem wins", () => {
    const at = (field: string, message: string) =>
      ({ field, code: "empty", params: {}, message }) as const;
    expect(
      serverFieldErrors([at("findings[0].owner", "a"), at("lon", "b"), at("lon", "c")]),
    ).toEqual({
      "findings.0.owner": { code: "empty", params: {}, message: "a" },
      lon: { code: "empty", params: {}, message: "b" },
    });
  });

  it("treats an empty number field as not given and reads a decimal comma", () => {
    expect(numberOrEmpty(" ")).toBeUndefined();
    expect(numberOrEmpty("12")).toBe(12);
    expect(numberOrEmpty("1,5")).toBe(1.5);
    expect(Number.isNaN(numberOrEmpty("x"))).toBe(true);
  });
});
