// The public map's areas: watch status and märk-DNA class as they stood at the public cut-off (the
// end of the last ended month), sessions and walks per ended month, and the public information
// sessions announced from today on. Areas without grannsamverkan are invitations, never weak spots.
import { centroid } from "@turf/centroid";
import { distance } from "@turf/distance";
import type { AreaGeometry } from "../areas/types.ts";
import type { IsoDate } from "../period/dates.ts";
import {
  type DnaClass,
  dnaClass,
  isAnnounced,
  type PublicWatch,
  publicCoordinate,
  publicWatch,
} from "./rules.ts";
import type { PublicSource } from "./source.ts";
import type { SessionRow } from "./source-areas.ts";

export interface PublicSession {
  /**
   * A stable public id: the day, the area and the place in that day's list ('2026-12-10-12300002-1'),
   * the same in the map, /ogc and the calendar; it says nothing of other records made meanwhile.
   */
  id: string;
  date: IsoDate;
  /** Local clock times 'HH:MM' as announced, or null when not given. */
  start_time: string | null;
  end_time: string | null;
  /** Where it is held (a public place) and how to sign up or ask, as the organiser wrote them. */
  venue: string;
  signup: string;
  area_id: string;
  area_name: string;
  /** The kommun the area lies in, and its name. */
  kommun: string;
  kommun_name: string;
  topic: string;
  /** Who arranges it: the organiser keys the planners record (police, municipality, …). */
  organisers: string[];
  /**
   * Where the session is held (a public place), or the area's centre when not recorded, rounded to
   * three decimals (PUBLIC_POINT_DECIMALS): never the planner's exact point.
   */
  lon: number;
  lat: number;
  demo: boolean;
}

export interface PublicActivityMonth {
  /** 'YYYY-MM', an ended month. */
  month: string;
  /** The municipality's and the police's own activities: exact counts. */
  info_sessions: number;
  safety_walks: number;
  demo: boolean;
}

export interface PublicAreaProperties {
  id: string;
  name: string;
  locality: string;
  /** The kommun the area lies in (its code), and the kommun's name. */
  kommun: string;
  kommun_name: string;
  /**
   * Eligible voters in the valdistrikt at the 2022 election, as Valmyndigheten published them
   * (public statistics of hundreds of people, not a record of this tool); null where not known.
   */
  eligible_voters: number | null;
  /** As the area stood at the collection's `as_of`. */
  watch: PublicWatch;
  dna_uptake_class: DnaClass;
  activity: PublicActivityMonth[];
  upcoming_sessions: PublicSession[];
  /** For invitation areas: the nearest upcoming session anywhere, by distance between centres. */
  next_session_nearby: (PublicSession & { distance_km: number }) | null;
  demo: boolean;
}

export interface PublicAreaFeature {
  type: "Feature";
  id: string;
  geometry: AreaGeometry;
  properties: PublicAreaProperties;
}

export interface PublicAreaCollection {
  type: "FeatureCollection";
  /** The day the statuses, classes and months are counted to: the end of the last ended month. */
  as_of: IsoDate;
  /** Sessions from this day on are listed as upcoming. */
  today: IsoDate;
  demo: boolean;
  features: PublicAreaFeature[];
}

const LAST_DAY = "9999-12-31";

export function buildPublicAreas(
  source: PublicSource,
  today: IsoDate,
  asOf: IsoDate,
): PublicAreaCollection {
  const areas = source.areas();
  const stocks = source.stocks(asOf);
  const centres = new Map(areas.map((a) => [a.id, centroid(a.geometry).geometry.coordinates]));
  const session = (r: SessionRow, id: string): PublicSession => {
    const [lon = 0, lat = 0] =
      r.lon !== null && r.lat !== null ? [r.lon, r.lat] : (centres.get(r.area_id) ?? []);
    const { date, start_time, end_time, venue, signup, area_id, area_name, topic, organisers } = r;
    const { kommun, kommun_name } = r;
    return {
      id,
      date,
      start_time,
      end_time,
      venue,
      signup,
      area_id,
      area_name,
      kommun,
      kommun_name,
      topic,
      organisers,
      lon: publicCoordinate(lon),
      lat: publicCoordinate(lat),
      demo: r.demo,
    };
  };
  const nth = new Map<string, number>();
  // Only announced sessions (a venue or a start time): one merely saved is not public yet.
  const upcoming = source
    .sessions({ from: today, to: LAST_DAY })
    .filter(isAnnounced)
    .map((r) => {
      const day = `${r.date}-${r.area_id}`;
      const n = (nth.get(day) ?? 0) + 1;
      nth.set(day, n);
      return session(r, `${day}-${n}`);
    });
  const months = new Map<string, PublicActivityMonth[]>();
  for (const m of source.months(asOf)) {
    const list = months.get(m.area_id) ?? [];
    list.push({
      month: m.month,
      info_sessions: m.info_sessions,
      safety_walks: m.safety_walks,
      demo: m.demo,
    });
    months.set(m.area_id, list);
  }

  const features = areas.map((a): PublicAreaFeature => {
    const stock = stocks.get(a.id);
    const status = stock?.active ? "active" : stock?.starting ? "starting" : "none";
    const watch = publicWatch(status);
    const here = centres.get(a.id) as number[];
    const nearest =
      watch !== "invitation"
        ? null
        : (upcoming
            .map((s) => ({
              ...s,
              distance_km: Math.round(distance(here, [s.lon, s.lat]) * 10) / 10,
            }))
            .sort((x, y) => x.distance_km - y.distance_km || x.date.localeCompare(y.date))[0] ??
          null);
    const activity = months.get(a.id) ?? [];
    const mine = upcoming.filter((s) => s.area_id === a.id);
    const share = a.households > 0 ? Math.min(1, (stock?.kits ?? 0) / a.households) : 0;
    return {
      type: "Feature",
      id: a.id,
      geometry: a.geometry,
      properties: {
        id: a.id,
        name: a.name,
        locality: a.locality,
        kommun: a.kommun,
        kommun_name: a.kommun_name,
        eligible_voters: a.eligible_voters,
        watch,
        dna_uptake_class: dnaClass(share),
        activity,
        upcoming_sessions: mine,
        next_session_nearby: nearest,
        demo: (stock?.demo ?? false) || activity.some((m) => m.demo) || mine.some((s) => s.demo),
      },
    };
  });
  return {
    type: "FeatureCollection",
    as_of: asOf,
    today,
    demo: features.some((f) => f.properties.demo),
    features,
  };
}
