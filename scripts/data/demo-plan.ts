// The story the demo tells, in one place. Everything here is invented; see data/README.md.
// Per-area profiles are hand-picked so the map shows contrast (villa areas well organised,
// flats and the countryside without groups) instead of noise; dates inside each month are drawn.
import type { DemoArea, Profile, Visit } from "./demo-types.ts";
import type { Rng } from "./rng.ts";

export const SEED = 20180713;
/** The kommun the hand-made plan below is for; its seed is SEED itself. */
export const FIRST_KOMMUN = "1230";
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

/** What the demo of one kommun tells: each area's coverage, the visits, the burglary level. */
export interface DemoPlan {
  profiles: Readonly<Record<string, Profile>>;
  visits: readonly PlannedVisit[];
  burglariesPerYear: Readonly<Record<number, number>>;
}

/** Areas not in the table (if the area layer ever changes) get a middle profile. */
export function profileOf(plan: DemoPlan, area: Pick<DemoArea, "id">): Profile {
  return plan.profiles[area.id] ?? "some";
}

/**
 * Each kommun's demo is drawn from a seed of its own, so adding a kommun changes no other
 * kommun's rows: Staffanstorp keeps SEED (its rows are as they were before the police area),
 * the others SEED + their code (Burlöv 1231: 20181944).
 */
export function seedOf(kommun: string): number {
  return kommun === FIRST_KOMMUN ? SEED : SEED + Number(kommun);
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
/** Staffanstorp's dwellings, to scale its burglary level to another kommun's households. */
const STAFFANSTORP_HOUSEHOLDS = 11_200;
/**
 * Demo burglaries per year where real counts were published (data/facts.csv), so the demo sits
 * at the real level beside them. Burlöv: 33 reported 1 Jan–25 Oct 2021, about 40 a year.
 * Kävlinge: 46 completed and attempted in Jan–Sep 2017 and 24 in Jan–Sep 2019 (2018 from the
 * completed ones, 23 against 37), scaled to twelve months. Lomma: 35 in 2018 and 24 to mid-
 * November 2019. Years without a count follow the trend. Any other kommun: Staffanstorp's level
 * per household.
 */
const BURGLARY_LEVELS: Readonly<Record<string, Record<number, number>>> = {
  "1231": { 2017: 48, 2018: 44, 2019: 40 },
  "1261": { 2017: 61, 2018: 38, 2019: 32 },
  "1262": { 2017: 45, 2018: 35, 2019: 27 },
};

export const STAFFANSTORP_PLAN: DemoPlan = {
  profiles: PROFILES,
  visits: PLANNED_VISITS,
  burglariesPerYear: BURGLARIES_PER_YEAR,
};
/** Hand-made plans by kommun code; every other kommun gets planFor's. */
export const PLANS: Readonly<Record<string, DemoPlan>> = { [FIRST_KOMMUN]: STAFFANSTORP_PLAN };

/** Households per eligible voter: low in villa districts with families, high where flats are. */
const perVoter = (a: DemoArea) => (a.voters ? a.households / a.voters : 1);

/**
 * The plan of a kommun without a hand-made one, from its areas alone (the same kind of story as
 * Staffanstorp's): areas with the fewest households per voter (villa districts) are best
 * organised, those with the most (flats) have no group, and two of those are starting one after
 * an information session; the countryside is never "strong". Visits each half-year: one or two
 * sessions where groups are missing, a safety walk, a märk-DNA session in the first half and a
 * contact-person meeting in the second; burglaries at the kommun's real level (BURGLARY_LEVELS).
 */
export function planFor(rng: Rng, input: readonly DemoArea[], kommun = ""): DemoPlan {
  const areas = [...input].sort((a, b) => perVoter(a) - perVoter(b) || (a.id < b.id ? -1 : 1));
  const profiles: Record<string, Profile> = {};
  areas.forEach((a, i) => {
    const rank = i / areas.length;
    const p: Profile = rank < 0.3 ? "strong" : rank < 0.55 ? "some" : "none";
    profiles[a.id] = p === "strong" && isRural(a) ? "some" : p;
  });
  const none = areas.filter((a) => profiles[a.id] === "none").map((a) => a.id);
  const starting = none.slice(0, Math.min(2, Math.max(0, none.length - 1)));
  for (const id of starting) profiles[id] = "starting";
  // Sessions go round the areas without groups in a drawn order, so no area gets them all.
  const without = rng.shuffle(none.filter((id) => !starting.includes(id)));
  let next = 0;
  const organised = areas.filter((a) => profiles[a.id] !== "none" && profiles[a.id] !== "starting");
  const halves: [number, string[]][] = [
    [2018, ["01", "02", "03", "04", "05", "06"]],
    [2018, ["08", "09", "10", "11", "12"]],
    [2019, ["01", "02", "03", "04", "05", "06"]],
    [2019, ["08", "09", "10", "11", "12"]],
  ];
  const visits: PlannedVisit[] = [];
  halves.forEach(([year, ms], h) => {
    const month = () => `${year}-${rng.pick(ms)}`;
    const starter = starting[h - 1];
    if (starter !== undefined && h <= 2) {
      visits.push({
        area: starter,
        month: month(),
        kind: "info_session",
        topic: "grannsamverkan",
        startsGroup: true,
      });
    }
    for (let n = rng.int(1, 2); n > 0 && without.length > 0; n--) {
      const area = without[next++ % without.length] as string;
      visits.push({ area, month: month(), kind: "info_session", topic: "grannsamverkan" });
    }
    visits.push({ area: rng.pick(areas).id, month: month(), kind: "safety_walk", topic: "other" });
    const host = organised.length > 0 ? rng.pick(organised).id : undefined;
    if (host !== undefined && h % 2 === 0) {
      visits.push({ area: host, month: month(), kind: "info_session", topic: "markdna" });
    }
    if (host !== undefined && h % 2 === 1) {
      visits.push({
        area: host,
        month: month(),
        kind: "contact_meeting",
        topic: "contact_persons",
      });
    }
  });
  const households = input.reduce((s, a) => s + a.households, 0);
  const burglariesPerYear =
    BURGLARY_LEVELS[kommun] ??
    Object.fromEntries(
      Object.entries(BURGLARIES_PER_YEAR).map(([y, n]) => [
        Number(y),
        Math.round((n * households) / STAFFANSTORP_HOUSEHOLDS),
      ]),
    );
  return { profiles, visits, burglariesPerYear };
}
/** Dark winters see more burglaries than summers; the four factors average 1. */
export const SEASON = [1.05, 0.8, 0.9, 1.25] as const;
/** Burglary risk relative to an average household, by coverage. */
export const RISK: Record<Profile, number> = { strong: 0.75, some: 1, starting: 1.2, none: 1.35 };
