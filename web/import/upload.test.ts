import { describe, expect, it } from "vitest";
import { boundaryContentType, errorOf, importContentType, stepFraction } from "./upload.ts";

describe("upload helpers", () => {
  it("sends a boundary file with the type its name says", () => {
    expect(boundaryContentType("Valdistrikt.ZIP")).toBe("application/zip");
    expect(boundaryContentType("areas.geojson")).toBe("application/geo+json");
    expect(boundaryContentType("areas.json")).toBe("application/geo+json");
    expect(boundaryContentType("areas.kml")).toBeNull();
  });

  it("sends a record import as CSV, or GeoJSON places when the name says so", () => {
    expect(importContentType("besok.csv")).toBe("text/csv");
    expect(importContentType("besok.txt")).toBe("text/csv");
    expect(importContentType("platser.GeoJSON")).toBe("application/geo+json");
    expect(importContentType("platser.json")).toBe("application/geo+json");
  });

  it("reads the API's error body", () => {
    const body = { error: { code: "x", message: "bad", fields: [{ field: "f", message: "m" }] } };
    expect(errorOf(body)).toEqual({ message: "bad", fields: [{ field: "f", message: "m" }] });
    expect(errorOf({ rows: 3 })).toBeNull();
  });

  it("measures the upload as the first half and is honest about the rest", () => {
    expect(stepFraction("upload", { sent: 50, total: 100 })).toBe(0.25);
    expect(stepFraction("upload", null)).toBe(0);
    expect(stepFraction("check", { sent: 100, total: 100 })).toBe(0.5);
    expect(stepFraction("done", null)).toBe(1);
  });
});
