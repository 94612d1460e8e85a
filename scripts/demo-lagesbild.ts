// Writes data/demo-lagesbild.json: invented weekly lägesbild entries for 2018-W27 … 2019-W52 (the
// weeks whose Thursday falls in July 2018 – December 2019), with a few weeks deliberately missed,
// as happens over summer and Christmas. Seeded xoroshiro128+ (scripts/data/rng.ts), no clock and
// a fixed key order, so the file regenerates byte for byte. Run: npx tsx scripts/demo-lagesbild.ts
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

const DATA = join(resolve(dirname(fileURLToPath(import.meta.url)), ".."), "data");

export function areaIdsOf(dataDir = DATA): string[] {
  const fc = JSON.parse(readFileSync(join(dataDir, "areas.geojson"), "utf8")) as {
    features: { properties: { id: string } }[];
  };
  return fc.features.map((f) => f.properties.id);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = generateLagesbild(areaIdsOf());
  writeFileSync(join(DATA, "demo-lagesbild.json"), prettyJson(file));
  const flagged = file.entries.reduce((s, e) => s + e.areas.length, 0);
  console.log(
    `wrote data/demo-lagesbild.json: ${file.entries.length} weeks, ${flagged} flagged areas, ${MISSED.length} weeks missed`,
  );
}
