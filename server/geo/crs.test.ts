import { describe, expect, it } from "vitest";
import { crsFromMember, crsFromName, crsFromPrj, settleCrs } from "./crs.ts";

// Real coordinate ranges: Staffanstorp in WGS84 and in SWEREF 99 TM (Borggård's corner, by proj4).
const LONLAT = [13.19, 55.63, 13.22, 55.65] as [number, number, number, number];
const SWEREF = [386513, 6167540, 388465, 6169236] as [number, number, number, number];

describe("crsFromName", () => {
  it("reads the spellings GIS tools write", () => {
    expect(crsFromName("urn:ogc:def:crs:EPSG::3006")).toBe("EPSG:3006");
    expect(crsFromName("urn:ogc:def:crs:EPSG:6.18.3:3006")).toBe("EPSG:3006");
    expect(crsFromName("EPSG:3008")).toBe("EPSG:3008");
    expect(crsFromName("http://www.opengis.net/def/crs/EPSG/0/3006")).toBe("EPSG:3006");
    expect(crsFromName("urn:ogc:def:crs:OGC:1.3:CRS84")).toBe("EPSG:4326");
    expect(crsFromName("http://www.opengis.net/def/crs/OGC/1.3/CRS84")).toBe("EPSG:4326");
    expect(crsFromName("EPSG:4326")).toBe("EPSG:4326");
    expect(crsFromName("EPSG:3857")).toBeUndefined();
  });
});

describe("crsFromMember", () => {
  it("treats an absent or null member as unsaid, and names an unsupported CRS", () => {
    expect(crsFromMember(undefined)).toEqual({ ok: true, crs: null });
    expect(crsFromMember(null)).toEqual({ ok: true, crs: null });
    expect(crsFromMember({ type: "EPSG", properties: { code: 3006 } })).toEqual({
      ok: true,
      crs: "EPSG:3006",
    });
    const bad = crsFromMember({ type: "name", properties: { name: "EPSG:3857" } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/unsupported coordinate system 'EPSG:3857'/);
    expect(crsFromMember({ type: "link" }).ok).toBe(false);
  });
});

describe("crsFromPrj", () => {
  it("knows ESRI and OGC WKT for SWEREF 99 TM, SWEREF 99 13 30 and WGS 84", () => {
    const esriTm =
      'PROJCS["SWEREF99_TM",GEOGCS["GCS_SWEREF99",DATUM["D_SWEREF99",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",15.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
    expect(crsFromPrj(esriTm)).toEqual({ ok: true, crs: "EPSG:3006" });
    expect(crsFromPrj('PROJCS["SWEREF99 13 30",GEOGCS["SWEREF99"],UNIT["metre",1]]')).toEqual({
      ok: true,
      crs: "EPSG:3008",
    });
    const ogc = 'PROJCS["some name",GEOGCS["SWEREF99"],AUTHORITY["EPSG","3006"]]';
    expect(crsFromPrj(ogc)).toEqual({ ok: true, crs: "EPSG:3006" });
    const wgs =
      'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
    expect(crsFromPrj(wgs)).toEqual({ ok: true, crs: "EPSG:4326" });
    expect(crsFromPrj(undefined)).toEqual({ ok: true, crs: null });
  });

  it("rejects other systems by name, and text that is not WKT", () => {
    const rt90 = crsFromPrj('PROJCS["RT90_25_gon_V",GEOGCS["GCS_RT_1990"]]');
    expect(!rt90.ok && rt90.message).toMatch(/'RT90_25_gon_V'/);
    expect(crsFromPrj("hello").ok).toBe(false);
  });
});

describe("settleCrs", () => {
  it("takes the range when the file does not say", () => {
    expect(settleCrs(null, "crs-member", LONLAT)).toEqual({
      ok: true,
      crs: "EPSG:4326",
      source: "coordinates",
    });
    expect(settleCrs(null, "prj", SWEREF)).toEqual({
      ok: true,
      crs: "EPSG:3006",
      source: "coordinates",
    });
  });

  it("keeps a declared CRS that fits the coordinates", () => {
    expect(settleCrs("EPSG:3006", "prj", SWEREF)).toEqual({
      ok: true,
      crs: "EPSG:3006",
      source: "prj",
    });
  });

  it("rejects SWEREF metres labelled as WGS 84, and degrees labelled as SWEREF", () => {
    const wrong = settleCrs("EPSG:4326", "crs-member", SWEREF);
    expect(!wrong.ok && wrong.message).toMatch(/says WGS 84 .* look like SWEREF 99 TM metres/);
    const degrees = settleCrs("EPSG:3006", "prj", LONLAT);
    expect(!degrees.ok && degrees.message).toMatch(/says SWEREF 99 TM .* longitude\/latitude/);
  });

  it("gives up on coordinates that are neither", () => {
    const r = settleCrs(null, "prj", [1e7, 1e7, 2e7, 2e7]);
    expect(!r.ok && r.message).toMatch(/cannot tell the coordinate system/);
  });
});
