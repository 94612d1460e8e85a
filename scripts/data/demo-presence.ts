// Demo visible presence (patrols, the police camper, volunteer walks): more in the evenings and at
// weekends, more after the promises were signed, steered towards areas without watch groups.
import { dayNumber, isWeekend, stockholmToUtc } from "./dates.ts";
import type { PointSampler } from "./demo-geo.ts";
import { type DemoPlan, isRural, PERIOD, profileOf, SIGNED_ON } from "./demo-plan.ts";
import type { DemoArea, Presence, Profile } from "./demo-types.ts";
import type { VisitDraft } from "./demo-visits.ts";
import type { Rng } from "./rng.ts";

type Actor = Presence["actor"];
type Kind = Presence["kind"];

const ACTORS: readonly Actor[] = ["police", "volunteers", "municipality", "other"];
const ACTOR_WEIGHT = [50, 25, 15, 10];
const KINDS: Record<Actor, [Kind[], number[]]> = {
  police: [
    ["car", "foot", "camper", "event"],
    [60, 30, 5, 5],
  ],
  volunteers: [
    ["foot", "event", "other"],
    [80, 10, 10],
  ],
  municipality: [
    ["foot", "car", "event"],
    [45, 35, 20],
  ],
  other: [
    ["foot", "other"],
    [60, 40],
  ],
};
/** Minutes [min, max] by kind (5–120 overall). */
const DURATION: Record<Kind, [number, number]> = {
  car: [5, 30],
  foot: [20, 90],
  camper: [60, 120],
  event: [60, 120],
  other: [15, 60],
};
/** Start-hour weights 06–24 (Stockholm time): evenings dominate, the other actors work days. */
function hourWeights(actor: Actor, weekend: boolean): number[] {
  return Array.from({ length: 19 }, (_, i) => {
    const h = i + 6;
    const evening = h >= 17 && h <= 22;
    if (actor === "other") return h >= 8 && h <= 17 ? 3 : 0.3;
    if (actor === "municipality") return h >= 8 && h <= 16 ? 2 : evening ? 2 : 0.2;
    if (actor === "volunteers") return evening ? 4 : h >= 10 && h <= 16 && weekend ? 1.5 : 0.1;
    return evening ? 3 : h >= 23 ? (weekend ? 3 : 1.5) : 1;
  });
}
/** Where the weekly lägesbild sends people: areas lacking groups and the town centre. */
const STEER: Record<Profile, number> = { strong: 0.8, some: 1, starting: 1.3, none: 1.5 };
const NOTES = [
  "Synlig närvaro enligt veckans lägesbild.",
  "Samtal med boende om inbrottsskydd.",
  "Närvaro vid skolan och centrum efter skoltid.",
  "Kontroll av område med tidigare inbrott.",
  "Polisvolontärer delade ut information om Coyards.",
];

export type PresenceDraft = Omit<Presence, "id">;

function one(rng: Rng, area: DemoArea, sampler: PointSampler, day: number): PresenceDraft {
  const actor = ACTORS[rng.weighted(ACTOR_WEIGHT)] as Actor;
  const [kinds, kindWeights] = KINDS[actor];
  const kind = kinds[rng.weighted(kindWeights)] as Kind;
  const start = (6 + rng.weighted(hourWeights(actor, isWeekend(day)))) * 60 + 5 * rng.int(0, 11);
  const [lo, hi] = DURATION[kind];
  const minutes = 5 * rng.int(lo / 5, hi / 5);
  const at = sampler.sample(rng, !isRural(area) || rng.chance(0.8));
  return {
    area_id: area.id,
    starts_at: stockholmToUtc(day, start),
    ends_at: stockholmToUtc(day, start + minutes),
    actor,
    kind,
    lon: at.lon,
    lat: at.lat,
    notes: rng.chance(0.15) ? rng.pick(NOTES) : "",
  };
}

export function draftPresence(
  rng: Rng,
  plan: DemoPlan,
  areas: readonly DemoArea[],
  samplers: ReadonlyMap<string, PointSampler>,
  visits: readonly VisitDraft[],
): PresenceDraft[] {
  const weights = areas.map(
    (a) => a.households * STEER[profileOf(plan, a)] * (isRural(a) ? 0.5 : 1),
  );
  const signed = dayNumber(SIGNED_ON);
  const out: PresenceDraft[] = [];
  for (let day = dayNumber(PERIOD.from); day <= dayNumber(PERIOD.to); day++) {
    // Up to four outings a day; the chance of each doubles after the promises were signed.
    const p = (isWeekend(day) ? 0.3 : 0.15) * (day >= signed ? 2 : 1);
    for (let n = rng.binomial(4, p); n > 0; n--) {
      const area = areas[rng.weighted(weights)] as DemoArea;
      out.push(one(rng, area, samplers.get(area.id) as PointSampler, day));
    }
  }
  // The police camper stands at every information session it was booked for.
  for (const v of visits) {
    if (v.kind !== "info_session" || !v.organisers.includes("police")) continue;
    const day = dayNumber(v.date);
    const start = (isWeekend(day) ? 11 : 17) * 60 + 30;
    out.push({
      area_id: v.area_id,
      starts_at: stockholmToUtc(day, start),
      ends_at: stockholmToUtc(day, start + 5 * rng.int(18, 24)),
      actor: "police",
      kind: "camper",
      lon: v.lon,
      lat: v.lat,
      notes: "Polisens husbil vid informationstillfället.",
    });
  }
  return out;
}
