// Writes data/demo-lagesbild.json: invented weekly lägesbild entries for 2018-W27 … 2019-W52 (the
// weeks whose Thursday falls in July 2018 – December 2019), with a few weeks deliberately missed,
// as happens over summer and Christmas. One entry a week for the police area: each kommun's
// flagged areas are drawn from a seed of its own, so adding a kommun changes no other kommun's.
// Seeded xoroshiro128+ (scripts/data/rng.ts), no clock and a fixed key order, so the file
// regenerates byte for byte. Run: npx tsx scripts/demo-lagesbild.ts (DATA_OUT=dir elsewhere).
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compileRules, DEFAULT_SETTINGS } from "../server/coverage/settings.ts";
import { weekMonday, weeksInPeriod } from "../server/coverage/weeks.ts";
import type { LagesbildFile } from "../server/lagesbild/schema.ts";
import { addDays } from "../server/period/dates.ts";
import { Rng } from "./data/rng.ts";
import { prettyJson } from "./data/text.ts";

export const SEED = 20190207;
/** Staffanstorp (1230) keeps SEED, so its entries are as they were; the others SEED + code. */
export const lagesbildSeedOf = (kommun: string) =>
  kommun === "1230" ? SEED : SEED + Number(kommun);
const FROM = "2018-07-01";
const TO = "2019-12-31";
/** Weeks without an exchange: summer holidays, Christmas and New Year, one week of illness. */
export const MISSED = [
  "2018-W29",
  "2018-W30",
  "2018-W52",
  "2019-W01",
  "2019-W29",
  "2019-W30",
  "2019-W44",
];

const ALWAYS = ["Kommunpolis", "Trygghetssamordnare"];
const SOMETIMES = [
  "Områdespolis",
  "Polisvolontärsamordnare",
  "Räddningstjänsten",
  "Bostadsbolaget",
  "Fältassistent",
];
const REASONS = [
  "Inbrott i villaområdet senaste veckan",
  "Boende oroliga över bilar som spanar kvällstid",
  "Skadegörelse vid skolan och busshållplatsen",
  "Ungdomar samlas vid centrum på kvällarna",
  "Inbrottsvåg i grannkommunen, risk för spridning",
  "Försök till inbrott i förråd och garage",
  "Önskemål från grannsamverkan om synlig närvaro",
  "Stölder ur bilar på infartsparkeringen",
];
/** Band keys of the default settings in their order, weighted towards evenings and nights. */
const BANDS = compileRules(DEFAULT_SETTINGS).bands.defs.map((d) => d.key);
const BAND_WEIGHTS = [2, 1, 2, 8, 4, 1, 2, 8];
const NOTES = [
  "Polisvolontärer går i området lördag kväll.",
  "Kommunen ser över belysningen vid gångvägen.",
  "Information om märk-DNA delas ut vid nästa tillfälle.",
  "Uppföljning nästa vecka.",
];

/** The entries for these area ids (sorted first, so the input order does not matter). */
export function generateLagesbild(areaIds: readonly string[], seed = SEED): LagesbildFile {
  const ids = [...areaIds].sort();
  const root = Rng.seeded(seed);
  const entries = weeksInPeriod(FROM, TO)
    .filter((w) => !MISSED.includes(w))
    .map((week) => {
      const rng = root.fork(); // one stream per week: dropping a week leaves the others as they were
      const monday = weekMonday(week) as string;
      const date = addDays(monday, 1 + rng.weighted([80, 15, 5])); // mostly Tuesdays
      const participants = [...ALWAYS, ...SOMETIMES.filter(() => rng.chance(0.25))];
      const flagged = rng.shuffle(ids).slice(0, rng.int(1, 3)).sort();
      const areas = flagged.map((area_id) => {
        const bands = new Set<string>();
        if (!rng.chance(0.1))
          for (let n = rng.int(1, 2); bands.size < n; )
            bands.add(BANDS[rng.weighted(BAND_WEIGHTS)] as string);
        return { area_id, reason: rng.pick(REASONS), bands: BANDS.filter((b) => bands.has(b)) };
      });
      return { week, date, participants, notes: rng.chance(0.3) ? rng.pick(NOTES) : "", areas };
    });
  return { seed, generated_by: "scripts/demo-lagesbild.ts", entries };
}

/**
 * The police area's weekly entries: each kommun's part drawn as generateLagesbild draws it for
 * the kommun alone; a week's date, participants and notes are the first kommun's, its flagged
 * areas are every kommun's (in code order). With one kommun this is generateLagesbild itself.
 */
export function generatePoliceAreaLagesbild(
  areas: readonly { id: string; kommun: string }[],
): LagesbildFile {
  const kommuner = [...new Set(areas.map((a) => a.kommun))].sort();
  const parts = kommuner.map((k) =>
    generateLagesbild(
      areas.filter((a) => a.kommun === k).map((a) => a.id),
      lagesbildSeedOf(k),
    ),
  );
  const [first, ...rest] = parts;
  if (!first) throw new Error("No areas to draw a lägesbild for");
  return {
    ...first,
    seed: SEED,
    entries: first.entries.map((e, i) => ({
      ...e,
      areas: [
        ...e.areas,
        ...rest.flatMap((p) => (p.entries[i]?.week === e.week ? p.entries[i].areas : [])),
      ],
    })),
  };
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DATA = resolve(ROOT, process.env.DATA_OUT ?? "data");

/** The areas of data/areas.geojson with their kommun (its `kommun`, or the id's first 4 digits). */
export function areasOf(dataDir = DATA): { id: string; kommun: string }[] {
  const fc = JSON.parse(readFileSync(join(dataDir, "areas.geojson"), "utf8")) as {
    features: { properties: { id: string; kommun?: string } }[];
  };
  return fc.features.map((f) => ({
    id: f.properties.id,
    kommun: f.properties.kommun ?? f.properties.id.slice(0, 4),
  }));
}

export const areaIdsOf = (dataDir = DATA): string[] => areasOf(dataDir).map((a) => a.id);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = generatePoliceAreaLagesbild(areasOf());
  writeFileSync(join(DATA, "demo-lagesbild.json"), prettyJson(file));
  const flagged = file.entries.reduce((s, e) => s + e.areas.length, 0);
  console.log(
    `wrote ${join(DATA, "demo-lagesbild.json")}: ${file.entries.length} weeks, ${flagged} flagged areas, ${MISSED.length} weeks missed`,
  );
}
