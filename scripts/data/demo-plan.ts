// The story the demo tells, in one place. Everything here is invented; see data/README.md.
// Per-area profiles are hand-picked so the map shows contrast (villa areas well organised,
// flats and the countryside without groups) instead of noise; dates inside each month are drawn.
import type { DemoArea, Profile, Visit } from "./demo-types.ts";

export const SEED = 20180713;
export const PERIOD = { from: "2018-01-01", to: "2019-12-31" } as const;
/** The promises were signed on this day; activity picks up after it. */
export const SIGNED_ON = "2018-07-13";
/** The one month without a Coyards message, so the follow-up view has a gap to show. */
export const COYARDS_GAP = "2019-07";

/** Swedish public holidays and eves in the period: no sessions or messages on these days. */
export const HOLIDAYS: ReadonlySet<string> = new Set([
  "2018-01-01",
  "2018-01-05",
  "2018-01-06",
  "2018-03-30",
  "2018-04-02",
  "2018-05-01",
  "2018-05-10",
  "2018-06-06",
  "2018-06-22",
  "2018-12-24",
  "2018-12-25",
  "2018-12-26",
  "2018-12-31",
  "2019-01-01",
  "2019-01-07",
  "2019-04-19",
  "2019-04-22",
  "2019-05-01",
  "2019-05-30",
  "2019-06-06",
  "2019-06-21",
  "2019-12-24",
  "2019-12-25",
  "2019-12-26",
  "2019-12-31",
]);

/** Coverage at the end of 2019, by area id (the 17 valdistrikt). */
const PROFILES: Record<string, Profile> = {
  "12300702": "strong", // Borggård
  "12300706": "strong", // Stanstorp
  "12300707": "strong", // Mellanvången
  "12300710": "strong", // Kyrkbyn
  "12300714": "strong", // Hjärup Norra
  "12300409": "some", // Uppåkra
  "12300705": "some", // Aspvägen
  "12300708": "some", // Annero
  "12300711": "some", // Vikhem
  "12300712": "some", // Hagalid
  "12300715": "some", // Hjärup Södra
  "12300703": "starting", // Central Södra: a group is forming after the autumn 2018 session
  "12300911": "starting", // Tottarp: a village group is forming after the spring 2019 session
  "12300101": "none", // Kyrkheddinge
  "12300704": "none", // Bråhög
  "12300709": "none", // Central Norra
  "12300713": "none", // Jakriborg
};

/** Areas not in the table (if the area layer ever changes) get a middle profile. */
export function profileOf(area: Pick<DemoArea, "id">): Profile {
  return PROFILES[area.id] ?? "some";
}

export const isRural = (area: Pick<DemoArea, "locality">) => area.locality === "Landsbygd";

export interface PlannedVisit {
  area: string;
  month: string;
  kind: Visit["kind"];
  topic: Visit["topic"];
  /** For an info session in an area without groups: the starting group it led to. */
  startsGroup?: boolean;
}

/**
 * The promise asks for ≥5 info sessions out where grannsamverkan is missing, ≥1 meeting for
 * contact persons and ≥2 safety walks; the first three rows are earlier 2018 work.
 */
export const PLANNED_VISITS: readonly PlannedVisit[] = [
  { area: "12300707", month: "2018-03", kind: "info_session", topic: "markdna" },
  { area: "12300709", month: "2018-04", kind: "safety_walk", topic: "other" },
  { area: "12300714", month: "2018-05", kind: "info_session", topic: "grannsamverkan" },
  {
    area: "12300703",
    month: "2018-09",
    kind: "info_session",
    topic: "grannsamverkan",
    startsGroup: true,
  },
  { area: "12300704", month: "2018-10", kind: "info_session", topic: "markdna" },
  { area: "12300704", month: "2018-10", kind: "safety_walk", topic: "other" },
  { area: "12300709", month: "2018-11", kind: "contact_meeting", topic: "contact_persons" },
  { area: "12300713", month: "2018-11", kind: "info_session", topic: "grannsamverkan" },
  { area: "12300703", month: "2019-03", kind: "safety_walk", topic: "other" },
  {
    area: "12300911",
    month: "2019-04",
    kind: "info_session",
    topic: "grannsamverkan",
    startsGroup: true,
  },
  { area: "12300709", month: "2019-05", kind: "info_session", topic: "other" },
  { area: "12300712", month: "2019-06", kind: "info_session", topic: "markdna" },
  { area: "12300101", month: "2019-08", kind: "info_session", topic: "grannsamverkan" },
  { area: "12300704", month: "2019-09", kind: "info_session", topic: "grannsamverkan" },
  { area: "12300715", month: "2019-10", kind: "safety_walk", topic: "other" },
  { area: "12300709", month: "2019-11", kind: "contact_meeting", topic: "contact_persons" },
];

/** Demo burglaries per year for the whole municipality (real level: roughly 60–110 a year). */
export const BURGLARIES_PER_YEAR: Record<number, number> = { 2017: 88, 2018: 82, 2019: 74 };
/** Dark winters see more burglaries than summers; the four factors average 1. */
export const SEASON = [1.05, 0.8, 0.9, 1.25] as const;
/** Burglary risk relative to an average household, by coverage. */
export const RISK: Record<Profile, number> = { strong: 0.75, some: 1, starting: 1.2, none: 1.35 };
