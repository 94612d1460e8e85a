import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  writeManyVertexShp,
  writeShp,
  writeZip,
} from "../../test/fixtures/boundaries/write-shapefile.ts";
import { type PolygonGeometry, polygonsOf, vertexCount } from "./reproject.ts";
import { dbfEncoding, maxShpBytes, readShapefileZip, shpCounts } from "./shapefile.ts";
import { ZipError } from "./zip.ts";

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

describe("shpCounts", () => {
  it("counts records and vertices from the headers, as many as the geometry has", () => {
    const records = sweref.features.map((f) => ({ geometry: f.geometry, attributes: {} }));
    const vertices = sweref.features.reduce((n, f) => n + vertexCount(f.geometry), 0);
    expect(shpCounts(writeShp(records).shp)).toEqual({ records: 3, vertices });
    expect(shpCounts(writeManyVertexShp(60_000))).toEqual({ records: 1, vertices: 60_000 });
  });

  it("refuses a record that claims more vertices than it holds, or runs past the end", () => {
    const shp = writeManyVertexShp(10);
    shp.writeInt32LE(1_000_000, 108 + 40);
    expect(() => shpCounts(shp)).toThrow(/record 1 cannot hold 1000000 vertices/);
    expect(() => shpCounts(writeManyVertexShp(10).subarray(0, 200))).toThrow(
      /record 1 runs past the end/,
    );
    expect(() => shpCounts(Buffer.alloc(100))).toThrow(/not a Shapefile/);
  });
});

describe("readShapefileZip with limits", () => {
  const limits = {
    maxFeatures: 1000,
    maxVertices: 50_000,
    refuse: (what: string, n: number) => `${n} ${what}`,
  };
  const zipOf = (shp: Buffer) => writeZip([["bomb.shp", shp]]);

  it("refuses a .shp over the vertex limit from its header, before building geometry", () => {
    expect(() => readShapefileZip(zipOf(writeManyVertexShp(60_000)), limits)).toThrow(
      "60000 vertices",
    );
  });

  it("refuses a .shp larger than the limits can need before inflating it, even when its size is a lie", () => {
    const big = writeManyVertexShp(200_000); // 3.2 MB inflated, a few kB zipped
    const zip = zipOf(big);
    expect(zip.length).toBeLessThan(20_000);
    const cap = maxShpBytes(limits);
    expect(() => readShapefileZip(zip, limits)).toThrow(
      new ZipError(
        `bomb.shp is larger than ${cap} bytes, more than 1000 features of 50000 vertices in all can take: simplify the boundaries`,
      ),
    );
    // The central directory says 1 000 bytes: the inflating stops at the cap all the same.
    const lying = Buffer.from(zip);
    const central = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lying.writeUInt32LE(1000, central + 24);
    expect(() => readShapefileZip(lying, limits)).toThrow(/larger than \d+ bytes, more than 1000/);
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
