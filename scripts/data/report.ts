// The households cross-check table written into data/README.md. Pure (no file I/O).
import type { AreaReport } from "./areas.ts";
import { kommunFullName } from "./promises.ts";
import { markdownTable } from "./text.ts";

export const TABLE_START = "<!-- households-table:start (written by scripts/build-data.ts) -->";
export const TABLE_END = "<!-- households-table:end -->";

const pct = (x: number) => `${Math.round(x * 100)} %`;
const two = (x: number) => x.toFixed(2);

/** Flags an area whose households per voter is off by more than a factor two from the municipality's. */
export function ratioFlag(index: number): string {
  return index > 2 || index < 0.5 ? " ⚠" : "";
}

export interface KommunReport {
  code: string;
  /** "Staffanstorp" */
  name: string;
  reports: readonly AreaReport[];
  epsilon: number;
  /** Where ε comes from, in words. */
  epsilonNote: string;
}

/** One section per kommun: a heading, the table, and the coastal districts' sea. */
export function householdsSections(kommuner: readonly KommunReport[]): string {
  return kommuner
    .map((k) => {
      const beyond = k.reports
        .filter((r) => r.beyondDesoKm2 >= 0.1)
        .map((r) => `${r.name} ${r.beyondDesoKm2.toFixed(2)}`);
      const sea =
        beyond.length === 0
          ? []
          : [
              `_Beyond the DeSO_ (km² of the district outside every DeSO of the kommun, given no homes; on the coast this is sea): ${beyond.join(", ")}.`,
              "",
            ];
      return [
        `#### ${k.name} (${k.code})`,
        "",
        householdsTable(k.reports, k.epsilon, kommunFullName(k.name), k.epsilonNote),
        ...sea,
      ].join("\n");
    })
    .join("\n");
}

export function householdsTable(
  reports: readonly AreaReport[],
  epsilon: number,
  total = "Staffanstorp kommun",
  epsilonNote = "",
): string {
  const households = reports.reduce((s, r) => s + r.households, 0);
  const voters = reports.reduce((s, r) => s + r.voters, 0);
  const muni = households / voters;
  const rows = reports.map((r) => {
    const ratio = r.households / r.voters;
    const plainIndex = r.plain / r.voters / muni;
    return [
      r.id,
      r.name,
      r.locality.locality,
      two(r.areaKm2),
      pct(r.locality.landShare),
      pct(r.locality.topHouseholdShare),
      r.voters,
      r.plain,
      `${two(plainIndex)}${ratioFlag(plainIndex)}`,
      r.households,
      two(ratio),
      `${two(ratio / muni)}${ratioFlag(ratio / muni)}`,
    ];
  });
  const header = [
    "id",
    "area",
    "locality",
    "km²",
    "tätort land",
    "hh in one tätort",
    "voters 2022",
    "plain dasymetric",
    "plain index",
    "**households (estimate)**",
    "hh / voter",
    "index",
  ];
  const sums = [
    "",
    `**${total}**`,
    "",
    "",
    "",
    "",
    voters,
    households,
    "",
    households,
    two(muni),
    "1.00",
  ];
  return [
    markdownTable(header, [...rows, sums]),
    "",
    `ε = ${epsilon}${epsilonNote}. _index_ = the area's households per voter ÷ the municipality's (${two(muni)}); ⚠ marks an index above 2 or below 0.5.`,
    "_tätort land_: share of the area's land inside a tätort polygon. _hh in one tätort_: the largest share of the area's estimated households living on one tätort's land.",
    "",
  ].join("\n");
}
