import { describe, expect, it } from "vitest";
import { bodyOf, draftOf, settingsErrors } from "./settings.ts";

describe("coverage settings draft", () => {
  it("round-trips the settings", () => {
    const s = {
      radius_m: 300,
      effective_minutes: 10,
      band_hours: [0, 6, 12, 18],
      weekend_days: [6, 7],
    };
    expect(draftOf(s)).toEqual({
      radius_m: "300",
      effective_minutes: "10",
      band_hours: "0, 6, 12, 18",
      weekend_days: [6, 7],
    });
    expect(bodyOf(draftOf(s))).toEqual(s);
  });

  it("reads decimal commas, any separator, and leaves bad words to the server as null", () => {
    const body = bodyOf({
      radius_m: "250,5",
      effective_minutes: "",
      band_hours: "0;8 x,20",
      weekend_days: [7, 5],
    });
    expect(body).toEqual({
      radius_m: 250.5,
      effective_minutes: null,
      band_hours: [0, 8, null, 20],
      weekend_days: [5, 7],
    });
    expect(JSON.parse(JSON.stringify(body)).effective_minutes).toBeNull();
  });
});

describe("settingsErrors", () => {
  it("lays sub-field errors on their input, first message first, unknown fields ignored", () => {
    expect(
      settingsErrors([
        { field: "band_hours.2", code: "at_most", params: { max: 23 }, message: "first" },
        { field: "band_hours", code: "not_increasing", params: {}, message: "second" },
        { field: "effective_minutes", code: "at_most", params: { max: 240 }, message: "too big" },
        { field: "(root)", code: "invalid", params: {}, message: "x" },
      ]),
    ).toEqual({ band_hours: "first", effective_minutes: "too big" });
  });
});
