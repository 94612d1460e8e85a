// The public OGC collections (anyone may read /ogc): the public map's areas, their sessions and
// walks per ended month, and the public information sessions announced from today on, for the
// whole deployment: every feature names its kommun (`kommun`, `kommun_name`), so a GIS user filters
// as they like. Built from the privacy filter's own answers, flattened for GIS clients.
import type { OgcGeometry } from "../ogc/filter.ts";
import { monthEnd } from "../period/dates.ts";
import type { PublicAreaCollection } from "./areas.ts";

export interface PublicOgcFeature {
  type: "Feature";
  id: string;
  geometry: OgcGeometry;
  properties: Record<string, string | number | boolean | null>;
  /** The calendar days the feature stands for (for `datetime`); none for timeless features. */
  time?: { start: string; end: string };
}

export interface PublicOgcCollections {
  areas: PublicOgcFeature[];
  activity: PublicOgcFeature[];
  sessions: PublicOgcFeature[];
}

export function publicOgcCollections(c: PublicAreaCollection): PublicOgcCollections {
  const areas = c.features.map(
    (f): PublicOgcFeature => ({
      type: "Feature",
      id: f.id,
      geometry: f.geometry,
      properties: {
        id: f.id,
        name: f.properties.name,
        locality: f.properties.locality,
        kommun: f.properties.kommun,
        kommun_name: f.properties.kommun_name,
        watch: f.properties.watch,
        dna_uptake_class: f.properties.dna_uptake_class,
        as_of: c.as_of,
        demo: f.properties.demo,
      },
    }),
  );
  const activity = c.features.flatMap((f) =>
    f.properties.activity.map(
      (m): PublicOgcFeature => ({
        type: "Feature",
        id: `${f.id}-${m.month}`,
        geometry: f.geometry,
        properties: {
          area_id: f.id,
          name: f.properties.name,
          kommun: f.properties.kommun,
          kommun_name: f.properties.kommun_name,
          month: m.month,
          info_sessions: m.info_sessions,
          safety_walks: m.safety_walks,
          demo: m.demo,
        },
        time: { start: `${m.month}-01`, end: monthEnd(m.month) },
      }),
    ),
  );
  const sessions = c.features
    .flatMap((f) => f.properties.upcoming_sessions)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map(
      (s): PublicOgcFeature => ({
        type: "Feature",
        id: s.id,
        geometry: { type: "Point", coordinates: [s.lon, s.lat] },
        properties: {
          date: s.date,
          start_time: s.start_time,
          end_time: s.end_time,
          venue: s.venue,
          signup: s.signup,
          area_id: s.area_id,
          area_name: s.area_name,
          kommun: s.kommun,
          kommun_name: s.kommun_name,
          topic: s.topic,
          organisers: s.organisers.join(", "),
          demo: s.demo,
        },
        time: { start: s.date, end: s.date },
      }),
    );
  return { areas, activity, sessions };
}
