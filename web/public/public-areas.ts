// Pure: the public areas (GET /api/public/areas) in the shape the shared map component draws.
// The map colours by `dna_uptake` (the lower bound of the coarse class, so the class colour is the
// planners' colour for that range) and marks areas without grannsamverkan with `watch_status`
// "none" (drawn dashed, explained in the legend as an invitation).
import type { AreaCollection } from "../../server/areas/types.ts";
import type { PublicAreaCollection, PublicAreaProperties } from "../../server/privacy/areas.ts";
import type { DnaClass } from "../../server/privacy/rules.ts";

export const DNA_CLASSES: readonly DnaClass[] = ["<10 %", "10–25 %", "25–50 %", "≥50 %"];

/** The lower bound of a class, as a share: "25–50 %" → 0.25. */
export function dnaClassLower(c: DnaClass): number {
  return [0, 0.1, 0.25, 0.5][DNA_CLASSES.indexOf(c)] ?? 0;
}

/** A minimal collection for AreaMap: geometry, id, name, watch status and the class value. */
export function toMapCollection(pub: PublicAreaCollection): AreaCollection {
  return {
    type: "FeatureCollection",
    period: { from: pub.as_of, to: pub.as_of },
    features: pub.features.map((f) => ({
      type: "Feature",
      id: f.id,
      geometry: f.geometry,
      properties: {
        id: f.properties.id,
        name: f.properties.name,
        watch_status: f.properties.watch === "invitation" ? "none" : f.properties.watch,
        dna_uptake: dnaClassLower(f.properties.dna_uptake_class),
      },
    })),
  } as unknown as AreaCollection;
}

/** Months with something done, newest first. */
export function activityNewestFirst(p: PublicAreaProperties): PublicAreaProperties["activity"] {
  return [...p.activity].sort((a, b) => b.month.localeCompare(a.month));
}

/** Every upcoming session in the kommun once (each is listed under its own area), by date. */
export function allUpcoming(pub: PublicAreaCollection) {
  return pub.features
    .flatMap((f) => f.properties.upcoming_sessions)
    .sort((a, b) => a.date.localeCompare(b.date) || a.area_name.localeCompare(b.area_name, "sv"));
}
