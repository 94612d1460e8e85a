import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeZip } from "../../test/fixtures/boundaries/write-shapefile.ts";
import { type PolygonGeometry, polygonsOf } from "./reproject.ts";
import { dbfEncoding, readShapefileZip } from "./shapefile.ts";

const dir = join(import.meta.dirname, "../../test/fixtures/boundaries");
const read = (name: string) => readFileSync(join(dir, name));
const sweref = JSON.parse(read("valdistrikt-sweref99tm.geojson").toString()) as {
  features: { properties: Record<string, string>; geometry: PolygonGeometry }[];
};

describe("readShapefileZip", () => {
  it("reads geometry in the file's own coordinates, attributes and the .prj", () => {
    const shp = readShapefileZip(read("valdistrikt-sweref99tm-shp.zip"));
    expect(shp.prj).toMatch(/^PROJCS\["SWEREF99_TM"/);
    expect(shp.features.map((f) => f.properties)).toEqual([
      { kod: "12300702", namn: "Borggård" },
      { kod: "12300703", namn: "Central Södra" },
      { kod: "12300704", namn: "Bråhög" },
    ]);
    // Same vertices as the GeoJSON fixture (the Shapefile stores shells clockwise, so compare as sets).
    shp.features.forEach((f, i) => {
      const fromShp = polygonsOf(f.geometry as PolygonGeometry)
        .flat(2)
        .map(String)
        .sort();
      const fromJson = polygonsOf(sweref.features[i]?.geometry as PolygonGeometry)
        .flat(2)
        .map(String)
        .sort();
      expect(fromShp).toEqual(fromJson);
    });
  });

  it("decodes a Latin-1 .dbf without .cpg, with upper-case file names", () => {
    const shp = readShapefileZip(read("valdistrikt-latin1-noprj-shp.zip"));
    expect(shp.prj).toBeUndefined();
    expect(shp.features.map((f) => f.properties.namn)).toEqual([
      "Borggård",
      "Central Södra",
      "Bråhög",
    ]);
  });

  it("names what is missing or doubled", () => {
    expect(() => readShapefileZip(writeZip([["a.dbf", Buffer.alloc(40)]]))).toThrow(
      /no \.shp file/,
    );
    const two = writeZip([
      ["a.shp", Buffer.alloc(100)],
      ["b.shp", Buffer.alloc(100)],
    ]);
    expect(() => readShapefileZip(two)).toThrow(/2 Shapefiles \(a\.shp, b\.shp\)/);
  });
});

describe("dbfEncoding", () => {
  it("is UTF-8 when the records decode as UTF-8, else Windows-1252", () => {
    const header = Buffer.alloc(33);
    header.writeUInt16LE(33, 8);
    expect(dbfEncoding(Buffer.concat([header, Buffer.from(" Hjärup", "utf8")]))).toBe("utf-8");
    expect(dbfEncoding(Buffer.concat([header, Buffer.from(" Hjärup", "latin1")]))).toBe(
      "windows-1252",
    );
  });
});
