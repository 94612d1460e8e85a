import { describe, expect, it } from "vitest";
import { presenceErrorKey } from "./errors.ts";

describe("presence form wording", () => {
  it("words the span and time messages", () => {
    expect(presenceErrorKey("ends_at", "must be after starts_at", "point")).toBe("endsAfter");
    expect(
      presenceErrorKey("starts_at", "must be an ISO 8601 date-time with an offset", "point"),
    ).toBe("time");
    expect(
      presenceErrorKey("notes", "Too big: expected string to have <=2000 characters", "point"),
    ).toBeNull();
  });
  it("asks for the missing place the way the chosen mode gives it", () => {
    const missing = "Invalid input: expected object, received undefined";
    expect(presenceErrorKey("place", missing, "point")).toBe("placePoint");
    expect(
      presenceErrorKey("place.coordinates", "Too small: expected array to have >=2 items", "route"),
    ).toBe("placeRoute");
    expect(presenceErrorKey("place.area_id", "Too small", "area")).toBe("placeArea");
  });
  it("leaves the server's place refusals to the shared wording", () => {
    expect(presenceErrorKey("place", "the point lies in none of the areas", "point")).toBeNull();
  });
});
