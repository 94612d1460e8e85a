// Assembles the demo activity set from its parts. Pure: same areas + seed → same object.
import type { MultiPolygon, Polygon } from "geojson";
import { months } from "./dates.ts";
import { draftMessages, drawBurglaries } from "./demo-burglaries.ts";
import { PointSampler } from "./demo-geo.ts";
import { draftGroups, endOf } from "./demo-groups.ts";
import { drawPeople } from "./demo-people.ts";
import {
  type DemoPlan,
  PERIOD,
  PLANS,
  planFor,
  SEED,
  STAFFANSTORP_PLAN,
  seedOf,
} from "./demo-plan.ts";
import { draftPresence } from "./demo-presence.ts";
import type { DemoActivity, DemoArea } from "./demo-types.ts";
import { draftKits, draftVisits } from "./demo-visits.ts";
import { Rng } from "./rng.ts";

/** Total order on plain records: the listed keys first, then the whole record as a tie-break. */
export function byKeys<T>(...keys: (keyof T)[]) {
  return (a: T, b: T): number => {
    for (const k of keys) {
      const [x, y] = [String(a[k]), String(b[k])];
      if (x !== y) return x < y ? -1 : 1;
    }
    const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

const withIds = <T>(rows: T[]) => rows.map((r, i) => ({ id: i + 1, ...r }));

/**
 * One kommun's demo. Without a plan, the plan is drawn from the areas (planFor) on a stream of
 * its own, forked after all the others so a hand-made plan's kommun draws exactly as before.
 */
export function generateDemo(
  input: readonly DemoArea[],
  tatorter: readonly (Polygon | MultiPolygon)[],
  seed: number = SEED,
  /** null: drawn from the areas (planFor). */
  givenPlan: DemoPlan | null = STAFFANSTORP_PLAN,
): DemoActivity {
  const root = Rng.seeded(seed);
  // One stream per part, forked in a fixed order (see Rng.fork).
  const [rGroups, rPeople, rVisits, rKits, rPresence, rBurglaries, rMessages, rEnds, rPlan] =
    Array.from({ length: 9 }, () => root.fork()) as [Rng, Rng, Rng, Rng, Rng, Rng, Rng, Rng, Rng];
  const areas = [...input].sort(byKeys("id"));
  const plan = givenPlan ?? planFor(rPlan, areas, areas[0] ? kommunOf(areas[0]) : "");
  const byId = new Map(areas.map((a) => [a.id, a]));
  const samplers = new Map(areas.map((a) => [a.id, new PointSampler(a.geometry, tatorter)]));

  const visitDrafts = draftVisits(rVisits, plan, byId, samplers).sort(
    byKeys("date", "kind", "area_id"),
  );
  const visits = withIds(visitDrafts.map(({ startsGroup: _, ...v }) => v));
  const startingAfter = new Map(
    visitDrafts.filter((v) => v.startsGroup).map((v) => [v.area_id, v.date]),
  );

  const groupDrafts = draftGroups(rGroups, plan, areas, startingAfter).sort(
    byKeys("area_id", "started_on", "name"),
  );
  const people = drawPeople(rPeople, groupDrafts.length);
  const watch_groups = withIds(
    groupDrafts.map((g, i) => {
      const p = people[i] as (typeof people)[number];
      const contact = { contact_name: p.name, contact_phone: p.phone, contact_email: p.email };
      return g.status === "inactive"
        ? { ...g, ...contact, inactive_since: endOf(rEnds, g.started_on) }
        : { ...g, ...contact };
    }),
  );

  const kitDrafts = draftKits(rKits, plan, areas, visitDrafts).sort(
    byKeys("handed_out_on", "area_id"),
  );
  const dna_kits = withIds(
    kitDrafts.map(({ visit_index, ...k }) => ({
      ...k,
      visit_id: visit_index === null ? null : visit_index + 1,
    })),
  );

  const presence = withIds(
    draftPresence(rPresence, plan, areas, samplers, visitDrafts).sort(
      byKeys("starts_at", "area_id"),
    ),
  );
  const burglaries = drawBurglaries(rBurglaries, plan, areas).sort(byKeys("area_id", "quarter"));
  const messages = withIds(
    draftMessages(rMessages, areas, months(PERIOD.from.slice(0, 7), PERIOD.to.slice(0, 7))).sort(
      byKeys("sent_on", "channel"),
    ),
  );
  return {
    seed,
    generated_by: "scripts/demo-data.ts",
    period: { from: PERIOD.from, to: PERIOD.to },
    watch_groups,
    visits,
    dna_kits,
    presence,
    burglaries,
    messages,
  };
}

/** The kommun of an area: its `kommun`, or the first four digits of its id (län + kommun). */
export const kommunOf = (a: Pick<DemoArea, "id" | "kommun">) => a.kommun ?? a.id.slice(0, 4);

/**
 * The demo of every kommun in the areas, each from its own seed (seedOf) and plan, one after the
 * other in code order: each list's ids go on from the kommun before, so they never collide, and
 * the first kommun (Staffanstorp, 1230) keeps exactly the rows and ids it had alone.
 */
export function generatePoliceAreaDemo(
  areas: readonly DemoArea[],
  tatorter: readonly (Polygon | MultiPolygon)[],
): DemoActivity {
  const kommuner = [...new Set(areas.map(kommunOf))].sort();
  const sorted = [...areas].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const parts = kommuner.map((k) =>
    generateDemo(
      sorted.filter((a) => kommunOf(a) === k),
      tatorter,
      seedOf(k),
      PLANS[k] ?? null,
    ),
  );
  const out: DemoActivity = {
    seed: SEED,
    generated_by: "scripts/demo-data.ts",
    period: { from: PERIOD.from, to: PERIOD.to },
    watch_groups: [],
    visits: [],
    dna_kits: [],
    presence: [],
    burglaries: [],
    messages: [],
  };
  for (const d of parts) {
    const [g, v, k, p, m] = [
      out.watch_groups.length,
      out.visits.length,
      out.dna_kits.length,
      out.presence.length,
      out.messages.length,
    ];
    out.watch_groups.push(...d.watch_groups.map((r) => ({ ...r, id: r.id + g })));
    out.visits.push(...d.visits.map((r) => ({ ...r, id: r.id + v })));
    out.dna_kits.push(
      ...d.dna_kits.map((r) => ({
        ...r,
        id: r.id + k,
        visit_id: r.visit_id === null ? null : r.visit_id + v,
      })),
    );
    out.presence.push(...d.presence.map((r) => ({ ...r, id: r.id + p })));
    out.burglaries.push(...d.burglaries);
    out.messages.push(...d.messages.map((r) => ({ ...r, id: r.id + m })));
  }
  return out;
}
