// Demo visits (information sessions, contact-person meetings, safety walks) and märk-DNA kits.
import { dayNumber, isoDay, monthDays, weekday } from "./dates.ts";
import type { PointSampler } from "./demo-geo.ts";
import { type DemoPlan, HOLIDAYS, isRural, PERIOD, profileOf, SIGNED_ON } from "./demo-plan.ts";
import type { DemoArea, DnaKit, Organiser, Profile, Visit } from "./demo-types.ts";
import type { Rng } from "./rng.ts";

const NOTES: Record<Visit["kind"], readonly string[]> = {
  info_session: [
    "Polisens husbil på plats; information om grannsamverkan och märk-DNA.",
    "Informationsbord vid butiken med polisvolontärer och kommunens representant.",
    "Kvällsträff i föreningslokalen om inbrottsskydd och Coyards.",
  ],
  contact_meeting: ["Träff för kontaktombud: lägesbild, Coyards och märk-DNA."],
  safety_walk: [
    "Trygghetsvandring med boende; brister i belysning och buskage lämnade till ansvarig förvaltning.",
    "Trygghetsvandring; skymd gångväg och trasig gatubelysning noterade för åtgärd.",
  ],
};

const ORGANISERS: Record<Visit["kind"], readonly Organiser[][]> = {
  info_session: [
    ["police", "municipality", "volunteers"],
    ["police", "volunteers"],
    ["police", "municipality"],
  ],
  contact_meeting: [["police", "municipality"]],
  safety_walk: [
    ["police", "municipality", "others"],
    ["police", "municipality", "volunteers", "others"],
  ],
};

/** Sessions are held Tuesday–Thursday evenings or on a Saturday; the rest Monday–Thursday. */
function dayInMonth(rng: Rng, month: string, kind: Visit["kind"]): number {
  const ok = kind === "info_session" ? [2, 3, 4, 6] : [1, 2, 3, 4];
  return rng.pick(
    monthDays(month).filter((d) => ok.includes(weekday(d)) && !HOLIDAYS.has(isoDay(d))),
  );
}

export interface VisitDraft extends Omit<Visit, "id"> {
  startsGroup: boolean;
}

export function draftVisits(
  rng: Rng,
  plan: DemoPlan,
  byId: ReadonlyMap<string, DemoArea>,
  samplers: ReadonlyMap<string, PointSampler>,
): VisitDraft[] {
  return plan.visits
    .filter((p) => byId.has(p.area))
    .map((p) => {
      const area = byId.get(p.area) as DemoArea;
      const at = (samplers.get(p.area) as PointSampler).sample(rng, true);
      const attendees =
        p.kind === "contact_meeting"
          ? rng.int(12, 24)
          : p.kind === "safety_walk"
            ? rng.int(6, 18)
            : isRural(area)
              ? rng.int(8, 25)
              : rng.int(12, 45);
      return {
        area_id: p.area,
        kind: p.kind,
        date: isoDay(dayInMonth(rng, p.month, p.kind)),
        topic: p.topic,
        organisers: [...rng.pick(ORGANISERS[p.kind])],
        attendees,
        lon: at.lon,
        lat: at.lat,
        notes: rng.pick(NOTES[p.kind]),
        startsGroup: p.startsGroup === true,
      };
    });
}

/** Share of an area's households reached with märk-DNA outside sessions by the end of 2019. */
const KIT_TARGET: Record<Profile, [number, number]> = {
  strong: [0.18, 0.3],
  some: [0.06, 0.14],
  starting: [0.01, 0.04],
  none: [0, 0.015],
};

export type KitDraft = Omit<DnaKit, "id" | "visit_id"> & { visit_index: number | null };

/**
 * Kits handed out at sessions (about half the attendees take one) and outside them (police
 * reception, watch-group orders). Never more kits in an area than its estimated households.
 */
export function draftKits(
  rng: Rng,
  plan: DemoPlan,
  areas: readonly DemoArea[],
  visits: readonly VisitDraft[],
) {
  const given = new Map<string, number>();
  const out: KitDraft[] = [];
  const add = (area: DemoArea, day: string, kits: number, visit: number | null) => {
    const room = area.households - (given.get(area.id) ?? 0);
    const n = Math.min(kits, room);
    if (n <= 0) return;
    given.set(area.id, (given.get(area.id) ?? 0) + n);
    out.push({ area_id: area.id, handed_out_on: day, kits: n, visit_index: visit });
  };
  const byId = new Map(areas.map((a) => [a.id, a]));
  visits.forEach((v, i) => {
    if (v.kind !== "info_session") return;
    add(
      byId.get(v.area_id) as DemoArea,
      v.date,
      Math.max(1, Math.round(v.attendees * (0.3 + rng.unit() * 0.5))),
      i,
    );
  });
  const first = dayNumber(PERIOD.from);
  const signed = dayNumber(SIGNED_ON);
  const last = dayNumber(PERIOD.to);
  for (const area of areas) {
    const [lo, hi] = KIT_TARGET[profileOf(plan, area)];
    let left = Math.round(area.households * (lo + rng.unit() * (hi - lo)));
    while (left > 0) {
      const n = Math.min(left, rng.int(3, 30));
      // Three in four outside-session kits come after the promises were signed.
      const day = rng.chance(0.25) ? rng.int(first, signed - 1) : rng.int(signed, last);
      add(area, isoDay(day), n, null);
      left -= n;
    }
  }
  return out;
}
