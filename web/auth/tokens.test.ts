import { describe, expect, it } from "vitest";
import { gisSetup, parseDays } from "./tokens.ts";

describe("token validity", () => {
  it("takes a whole number of days 1–365", () => {
    expect(parseDays("90")).toBe(90);
    expect(parseDays(" 365 ")).toBe(365);
    for (const bad of ["0", "366", "1.5", "", "ett", "-3"]) expect(parseDays(bad), bad).toBeNull();
  });
});

describe("GIS setup", () => {
  it("gives the OGC address and GDAL commands with Basic and with Bearer", () => {
    const s = gisSetup("https://grannkoll.example", "anna", "gk_abc");
    expect(s.url).toBe("https://grannkoll.example/ogc");
    expect(s.gdalBasic).toBe(
      "GDAL_HTTP_AUTH=BASIC GDAL_HTTP_USERPWD='anna:gk_abc' ogrinfo OAPIF:https://grannkoll.example/ogc",
    );
    expect(s.gdalBearer).toBe(
      "GDAL_HTTP_HEADERS='Authorization: Bearer gk_abc' ogrinfo OAPIF:https://grannkoll.example/ogc",
    );
  });
  it("quotes a username with a quote in it for the shell", () => {
    expect(gisSetup("http://h", "o'neil", "gk_x").gdalBasic).toContain(
      "GDAL_HTTP_USERPWD='o'\\''neil:gk_x'",
    );
  });
});
