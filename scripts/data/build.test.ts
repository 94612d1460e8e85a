// The data build from the raw files (../shared/data/raw, or RAW_DIR): it reproduces the committed
// data/ byte for byte, Staffanstorp alone gives the data set as it was before the police area,
// and one kommun builds only that kommun. Skipped where the raw folder is not there.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { type BuildOutput, buildDataSet } from "./build.ts";
import { chooseKommuner, readConfig } from "./config.ts";
import { TABLE_END, TABLE_START } from "./report.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const RAW = resolve(ROOT, process.env.RAW_DIR ?? "../shared/data/raw");
const DATA = join(ROOT, "data");
const config = readConfig(join(ROOT, "scripts", "data", "police-area.json"));
const before = JSON.parse(
  readFileSync(join(import.meta.dirname, "fixtures", "staffanstorp-before-15.json"), "utf8"),
) as {
  areas: Record<string, unknown>[];
  files_sha256: Record<string, string>;
};
const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const build = (kommuner: string[]): BuildOutput =>
  buildDataSet({
    config,
    kommuner,
    readRaw: (f) => readFileSync(join(RAW, f), "utf8"),
    readRepo: (f) => readFileSync(join(ROOT, f), "utf8"),
  });
const file = (out: BuildOutput, rel: string) => out.files.get(rel) as string;
const features = (out: BuildOutput, rel: string) =>
  (
    JSON.parse(file(out, rel)) as {
      features: { id?: string; properties: Record<string, unknown> }[];
    }
  ).features;

describe.skipIf(!existsSync(RAW))("npm run build:data", () => {
  it("reproduces the committed data/ byte for byte, README tables included", () => {
    const committed = JSON.parse(readFileSync(join(DATA, "kommuner.json"), "utf8")) as {
      kommuner: { code: string }[];
    };
    const out = build(committed.kommuner.map((k) => k.code));
    for (const [rel, text] of out.files) {
      expect(text, rel).toBe(readFileSync(join(DATA, rel), "utf8"));
    }
    const readme = readFileSync(join(DATA, "README.md"), "utf8");
    const between = readme.slice(
      readme.indexOf(TABLE_START) + TABLE_START.length + 1,
      readme.indexOf(TABLE_END),
    );
    expect(between).toBe(out.householdsReadme);
  }, 120_000);

  it("with KOMMUNER=1230 gives Staffanstorp's data set as it was, plus the kommun on each area", () => {
    const out = build(["1230"]);
    const areas = features(out, "areas.geojson");
    expect(
      areas.map(({ properties: { kommun, kommun_name, ...p } }) => {
        expect([kommun, kommun_name]).toEqual(["1230", "Staffanstorp"]);
        return p;
      }),
    ).toEqual(before.areas.map(({ geometry_sha256: _, ...p }) => p));
    const geometries = (
      JSON.parse(file(out, "areas.geojson")) as { features: { geometry: unknown }[] }
    ).features.map((f) => sha(JSON.stringify(f.geometry)));
    expect(geometries).toEqual(before.areas.map((a) => a.geometry_sha256));
    for (const rel of [
      "areas-built-up.geojson",
      "basemap/kommun.geojson",
      "basemap/neighbours.geojson",
      "basemap/tatorter.geojson",
      "basemap/coast.geojson",
      "basemap/tatort_points.geojson",
    ]) {
      expect(sha(file(out, rel)), rel).toBe(before.files_sha256[rel]);
    }
    // The facts: the same rows, with the two added columns.
    const facts = file(out, "facts.csv").split("\n");
    const old = readFileSync(join(RAW, "trygghet_inbrott_facts_staffanstorp.csv"), "utf8").split(
      "\n",
    );
    expect(
      facts.slice(1, old.length - 1).map((l) => l.replace(/,1230,false$|,,false$/, "")),
    ).toEqual(old.slice(1, -1));
    // Staffanstorp's promises are its document, as written.
    const promises = JSON.parse(file(out, "promises.json")) as {
      kommuner: { kommun: string; source: string; periods: unknown[] }[];
    };
    const document = JSON.parse(readFileSync(join(DATA, "promises-2018-2019.json"), "utf8"));
    expect(promises.kommuner.map((k) => k.kommun)).toEqual(["1230"]);
    expect(promises.kommuner[0]?.periods).toEqual(document.periods);
    expect(promises.kommuner[0]?.source).toBe(document.source);
  }, 60_000);

  it("builds one kommun alone: only its areas, parts, boundary, promises and facts", () => {
    const out = build(["1262"]);
    const areas = features(out, "areas.geojson");
    expect(areas).toHaveLength(12);
    expect(new Set(areas.map((a) => a.properties.kommun))).toEqual(new Set(["1262"]));
    expect(
      features(out, "areas-built-up.geojson").every((f) => String(f.id).startsWith("1262")),
    ).toBe(true);
    expect(features(out, "basemap/kommun.geojson").map((f) => f.properties)).toEqual([
      { name: "Lomma", code: "1262" },
    ]);
    expect(features(out, "basemap/neighbours.geojson").map((f) => f.properties.name)).not.toContain(
      "Lomma",
    );
    expect(features(out, "basemap/neighbours.geojson")).toHaveLength(15);
    const promises = JSON.parse(file(out, "promises.json")) as { kommuner: { kommun: string }[] };
    expect(promises.kommuner.map((k) => k.kommun)).toEqual(["1262"]);
    const kommunColumn = file(out, "facts.csv")
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(",").at(-2));
    expect(new Set(kommunColumn)).toEqual(new Set(["", "1262"]));
    expect(out.kommuner.map((k) => [k.code, k.areas, k.households, k.dwellings])).toEqual([
      ["1262", 12, 10461, 10461],
    ]);
  }, 60_000);

  it("takes the kommuner from KOMMUNER, or the police-area file's list", () => {
    expect(chooseKommuner(config, undefined)).toEqual(["1230", "1231", "1261", "1262"]);
    expect(chooseKommuner(config, " 1262, 1230,1262")).toEqual(["1230", "1262"]);
    expect(() => chooseKommuner(config, "1280")).toThrow(/no raw files for kommun 1280/);
    expect(() => chooseKommuner(config, "Lomma")).toThrow(/4-digit/);
  });
});
