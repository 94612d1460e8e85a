import { describe, expect, it } from "vitest";
import { exportUrls, kommunSearch } from "./export-urls.ts";

const period = { from: "2019-01-01", to: "2019-12-31" };

describe("exportUrls", () => {
  it("exports every area of the period when nothing is selected", () => {
    expect(exportUrls(period)).toEqual({
      areasCsv: "/api/exports/areas.csv?from=2019-01-01&to=2019-12-31",
      areasXlsx: "/api/exports/areas.xlsx?from=2019-01-01&to=2019-12-31",
      areasGeojson: "/api/exports/areas.geojson?from=2019-01-01&to=2019-12-31",
      visitsCsv: "/api/exports/visits.csv?from=2019-01-01&to=2019-12-31",
      visitsXlsx: "/api/exports/visits.xlsx?from=2019-01-01&to=2019-12-31",
    });
  });

  it("passes a selection as ids, and one area to the visits too", () => {
    const many = exportUrls(period, ["12300701", "12300702"]);
    expect(many.areasCsv).toContain("ids=12300701%2C12300702");
    expect(many.visitsCsv).not.toContain("area_id");
    expect(exportUrls(period, ["12300701"]).visitsCsv).toContain("area_id=12300701");
  });

  it("carries the view's kommun, and none for the whole police area", () => {
    const lomma = exportUrls(period, [], "1262");
    expect(lomma.areasCsv).toBe("/api/exports/areas.csv?from=2019-01-01&to=2019-12-31&kommun=1262");
    expect(lomma.visitsXlsx).toContain("kommun=1262");
    expect(exportUrls(period, [], "alla").areasCsv).not.toContain("kommun");
    expect(kommunSearch("1262")).toBe("?kommun=1262");
    expect(kommunSearch("alla")).toBe("");
    expect(kommunSearch(undefined)).toBe("");
  });
});
