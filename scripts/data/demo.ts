// Assembles the demo activity set from its parts. Pure: same areas + seed → same object.
import type { MultiPolygon, Polygon } from "geojson";
import { months } from "./dates.ts";
import { draftMessages, drawBurglaries } from "./demo-burglaries.ts";
import { PointSampler } from "./demo-geo.ts";
import { draftGroups, endOf } from "./demo-groups.ts";
import { drawPeople } from "./demo-people.ts";
import { PERIOD, SEED } from "./demo-plan.ts";
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

export function generateDemo(
  input: readonly DemoArea[],
  tatorter: readonly (Polygon | MultiPolygon)[],
  seed: number = SEED,
): DemoActivity {
  const root = Rng.seeded(seed);
  // One stream per part, forked in a fixed order (see Rng.fork).
  const [rGroups, rPeople, rVisits, rKits, rPresence, rBurglaries, rMessages] = Array.from(
    { length: 7 },
    () => root.fork(),
  ) as [Rng, Rng, Rng, Rng, Rng, Rng, Rng];
  const areas = [...input].sort(byKeys("id"));
  const byId = new Map(areas.map((a) => [a.id, a]));
  const samplers = new Map(areas.map((a) => [a.id, new PointSampler(a.geometry, tatorter)]));

  const visitDrafts = draftVisits(rVisits, byId, samplers).sort(byKeys("date", "kind", "area_id"));
  const visits = withIds(visitDrafts.map(({ startsGroup: _, ...v }) => v));
  const startingAfter = new Map(
    visitDrafts.filter((v) => v.startsGroup).map((v) => [v.area_id, v.date]),
  );

  const groupDrafts = draftGroups(rGroups, areas, startingAfter).sort(
    byKeys("area_id", "started_on", "name"),
  );
  const people = drawPeople(rPeople, groupDrafts.length);
  // Forked after the others, so adding it changed none of the streams before it.
  const rEnds = root.fork();
  const watch_groups = withIds(
    groupDrafts.map((g, i) => {
      const p = people[i] as (typeof people)[number];
      const contact = { contact_name: p.name, contact_phone: p.phone, contact_email: p.email };
      return g.status === "inactive"
        ? { ...g, ...contact, inactive_since: endOf(rEnds, g.started_on) }
        : { ...g, ...contact };
    }),
  );

  const kitDrafts = draftKits(rKits, areas, visitDrafts).sort(byKeys("handed_out_on", "area_id"));
  const dna_kits = withIds(
    kitDrafts.map(({ visit_index, ...k }) => ({
      ...k,
      visit_id: visit_index === null ? null : visit_index + 1,
    })),
  );

  const presence = withIds(
    draftPresence(rPresence, areas, samplers, visitDrafts).sort(byKeys("starts_at", "area_id")),
  );
  const burglaries = drawBurglaries(rBurglaries, areas).sort(byKeys("area_id", "quarter"));
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
