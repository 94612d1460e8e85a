import { describe, expect, it } from "vitest";
import { dnaKitInput } from "../../server/dna-kits/schema.ts";
import { infoSessionInput } from "../../server/visits/schema.ts";
import { watchGroupInput } from "../../server/watch-groups/schema.ts";
import { errorKey, numberOrEmpty, serverFieldErrors, zodFieldErrors } from "./validate.ts";

describe("zodFieldErrors", () => {
  it("names every bad field of a session, with words the form can translate", () => {
    const errors = zodFieldErrors(infoSessionInput, {
      kind: "info_session",
      date: "2019-02-30",
      topic: "grannsamverkan",
      attendees: -1,
    });
    expect(Object.keys(errors).sort()).toEqual(["area_id", "attendees", "date"]);
    expect(errorKey(errors.date ?? "")).toBe("date");
    expect(errorKey(errors.area_id ?? "")).toBe("area");
    expect(errorKey(errors.attendees ?? "")).toBe("number");
  });

  it("accepts a valid kit record and words a zero count", () => {
    const ok = { area_id: "1", handed_out_on: "2019-03-01", kits: 3 };
    expect(zodFieldErrors(dnaKitInput, ok)).toEqual({});
    const errors = zodFieldErrors(dnaKitInput, { ...ok, kits: 0 });
    expect(errorKey(errors.kits ?? "")).toBe("atLeastOne");
  });

  it("words bad contact details", () => {
    const errors = zodFieldErrors(watchGroupInput, {
      area_id: "1",
      name: "",
      status: "active",
      households: 10,
      started_on: "2019-01-01",
      contact_phone: "abc",
      contact_email: "nope",
    });
    expect(errorKey(errors.name ?? "")).toBe("required");
    expect(errorKey(errors.contact_phone ?? "")).toBe("phone");
    expect(errorKey(errors.contact_email ?? "")).toBe("email");
  });
});

describe("serverFieldErrors and numbers", () => {
  it("reads the API's field list, bracketed paths included, first message wins", () => {
    expect(
      serverFieldErrors([
        { field: "findings[0].owner", message: "a" },
        { field: "lon", message: "b" },
        { field: "lon", message: "c" },
      ]),
    ).toEqual({ "findings.0.owner": "a", lon: "b" });
  });

  it("treats an empty number field as not given and reads a decimal comma", () => {
    expect(numberOrEmpty(" ")).toBeUndefined();
    expect(numberOrEmpty("12")).toBe(12);
    expect(numberOrEmpty("1,5")).toBe(1.5);
    expect(Number.isNaN(numberOrEmpty("x"))).toBe(true);
  });
});
