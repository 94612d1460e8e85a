import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { writeZip } from "../../test/fixtures/boundaries/write-shapefile.ts";
import { crc32, readZip, ZipError } from "./zip.ts";

const fixture = join(
  import.meta.dirname,
  "../../test/fixtures/boundaries/valdistrikt-sweref99tm-shp.zip",
);

describe("crc32", () => {
  it("matches the standard check value", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
  });
});

describe("readZip", () => {
  it("lists and inflates the fixture's files", () => {
    const files = readZip(readFileSync(fixture));
    expect([...files.keys()]).toEqual([
      "valdistrikt.shp",
      "valdistrikt.shx",
      "valdistrikt.dbf",
      "valdistrikt.prj",
      "valdistrikt.cpg",
    ]);
    expect(files.get("valdistrikt.cpg")?.toString()).toBe("UTF-8");
    expect(files.get("valdistrikt.shp")?.readInt32BE(0)).toBe(9994);
  });

  it("inflates only the wanted entries", () => {
    const files = readZip(readFileSync(fixture), (n) => n.endsWith(".prj"));
    expect([...files.keys()]).toEqual(["valdistrikt.prj"]);
  });

  it("stops a zip bomb at the size cap", () => {
    const bomb = writeZip([["zeros.dbf", Buffer.alloc(5_000_000)]]);
    expect(bomb.length).toBeLessThan(10_000);
    const limits = { maxEntries: 10, maxEntryBytes: 1_000_000, maxTotalBytes: 2_000_000 };
    expect(() => readZip(bomb, () => true, limits)).toThrow(/larger than 1000000 bytes/);
    // A header that lies about the size is caught by the inflater's own cap.
    const lying = Buffer.from(bomb);
    lying.writeUInt32LE(10, lying.length - 22 - 46 - 9 + 24);
    expect(() => readZip(lying, () => true, limits)).toThrow(/inflates to more than 1000000 bytes/);
  });

  it("rejects what is not a zip, and damaged data", () => {
    expect(() => readZip(Buffer.from("not a zip at all, just text"))).toThrow(/not a zip file/);
    const zip = writeZip([["a.prj", Buffer.from("hello hello hello")]]);
    const packed = deflateRawSync(Buffer.from("hello hello hello"));
    const at = 30 + "a.prj".length + packed.length - 1;
    zip.writeUInt8(zip.readUInt8(at) ^ 0xff, at); // flip a byte of the compressed data
    expect(() => readZip(zip)).toThrow(ZipError);
  });
});
