// What a visit is when it is entered: information sessions, contact-person meetings and safety
// walks, told apart by `kind`. Exported so the web forms validate with the same rules as the server.
//
// No field has a zod default: a PATCH is merged onto the stored visit and checked with these same
// schemas, and a default would silently overwrite what the patch did not mention. The repo fills in
// what a new visit leaves out (organisers [], notes "", kits 0, a walk's topic "other").
import { z } from "zod";
import { wgsLat as lat, wgsLon as lon, routeLength, wgsPositionRest } from "../geo/wgs84.ts";
import {
  areaId,
  count,
  fromNotAfterTo,
  isoDate,
  requiredText,
  text,
  uniqueList,
} from "../http/crud/fields.ts";
import { coded } from "../http/field-codes.ts";

export const VISIT_KINDS = ["info_session", "contact_meeting", "safety_walk"] as const;
export const VISIT_TOPICS = ["grannsamverkan", "markdna", "contact_persons", "other"] as const;
export const ORGANISERS = ["police", "municipality", "volunteers", "others"] as const;
export const FINDING_STATUSES = ["open", "done"] as const;

export type VisitKind = (typeof VISIT_KINDS)[number];
export type VisitTopic = (typeof VISIT_TOPICS)[number];
export type Organiser = (typeof ORGANISERS)[number];
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** The topic of a visit recorded without one; an information session must name its topic. */
export const DEFAULT_TOPIC: Record<VisitKind, VisitTopic> = {
  info_session: "grannsamverkan",
  contact_meeting: "contact_persons",
  safety_walk: "other",
};

const position = wgsPositionRest;

/** Points in one drawn route: enough for a long walk traced by hand or by a GPS logger. */
export const MAX_ROUTE_POINTS = 10_000;

/** A route drawn on the map: a GeoJSON LineString in WGS84 (lon, lat). */
export const routeLine = z.strictObject({
  type: z.literal("LineString"),
  coordinates: z.array(position).check(routeLength(MAX_ROUTE_POINTS)),
});

export const findingInput = z.strictObject({
  /** Given when an existing finding is edited; left out for a new one. */
  id: z.number().int().positive().optional(),
  text: requiredText(2000),
  /** Who follows it up: an organisation or a role, e.g. "Tekniska förvaltningen". */
  owner: requiredText(200),
  /** Left out: unchanged (open for a new finding). Closing with a note: POST /api/findings/:id/close. */
  status: z.enum(FINDING_STATUSES).optional(),
  /** When it should be dealt with; null clears it, left out keeps it. */
  due_on: isoDate.nullable().optional(),
});

const fields = {
  date: isoDate,
  area_id: areaId.optional(),
  lon: lon.nullable().optional(),
  lat: lat.nullable().optional(),
  topic: z.enum(VISIT_TOPICS).optional(),
  organisers: uniqueList(z.enum(ORGANISERS), ORGANISERS.length).optional(),
  attendees: count.nullable().optional(),
  notes: text(4000).optional(),
};
const sessionFields = { ...fields, kits: count.optional() };
/** A local clock time 'HH:MM' (24 hours), as the session is announced. */
const clock = z.string().refine((s) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s), {
  message: "must be a time written HH:MM, e.g. 18:30",
  params: coded("not_clock"),
});
/** What the public map and the calendar announce of an information session. */
const announcementFields = {
  start_time: clock.nullable().optional(),
  end_time: clock.nullable().optional(),
  /** A public place, named as residents know it; published as written. */
  venue: text(200).optional(),
  /** How to sign up or ask: a web address, a phone number or an e-mail; published as written. */
  signup: text(300).optional(),
};
type Announcement = {
  start_time?: string | null | undefined;
  end_time?: string | null | undefined;
};
function timeIssues(v: Announcement, ctx: z.RefinementCtx) {
  if (v.end_time && !v.start_time) {
    ctx.addIssue({
      code: "custom",
      path: ["start_time"],
      message: "give the start with the end",
      params: coded("start_with_end"),
    });
  }
  if (v.end_time && v.start_time && v.end_time <= v.start_time) {
    ctx.addIssue({
      code: "custom",
      path: ["end_time"],
      message: "must be after start_time",
      params: coded("ends_after", { other: "start_time" }),
    });
  }
}
const walkFields = {
  ...fields,
  route: routeLine.nullable().optional(),
  /** Who took part, by organisation or role ("Polisen", "Boende") — not people's names. */
  participants: uniqueList(requiredText(100), 50).optional(),
  findings: z.array(findingInput).max(500).optional(),
};

type Place = { area_id?: unknown; lon?: unknown; lat?: unknown; route?: unknown };
const given = (x: unknown) => x !== undefined && x !== null;

/** A place is required: an area, a point (both lon and lat), or for a walk its route. */
function placeIssues(v: Place, ctx: z.RefinementCtx, orRoute: boolean) {
  if (given(v.lon) !== given(v.lat)) {
    const missing = given(v.lon) ? "lat" : "lon";
    const message = "give both lon and lat, or neither";
    ctx.addIssue({ code: "custom", path: [missing], message, params: coded("lon_lat_pair") });
  }
  if (!given(v.area_id) && !given(v.lon) && !given(v.lat) && !(orRoute && given(v.route))) {
    const message = orRoute
      ? "give area_id, a point (lon, lat) or a route"
      : "give area_id or a point (lon, lat)";
    ctx.addIssue({ code: "custom", path: ["area_id"], message, params: coded("area_missing") });
  }
}

// `when` runs the place check even when other fields are bad, so one 400 names them all.
const always = { when: () => true };

export const infoSessionInput = z
  .strictObject({
    kind: z.literal("info_session"),
    ...sessionFields,
    ...announcementFields,
    topic: z.enum(VISIT_TOPICS),
  })
  .check(z.superRefine((v, ctx) => placeIssues(v, ctx, false), always))
  .check(z.superRefine(timeIssues, always));
export const contactMeetingInput = z
  .strictObject({ kind: z.literal("contact_meeting"), ...sessionFields })
  .check(z.superRefine((v, ctx) => placeIssues(v, ctx, false), always));
export const safetyWalkInput = z
  .strictObject({ kind: z.literal("safety_walk"), ...walkFields })
  .check(z.superRefine((v, ctx) => placeIssues(v, ctx, true), always));

export const visitInput = z.discriminatedUnion("kind", [
  infoSessionInput,
  contactMeetingInput,
  safetyWalkInput,
]);
export type VisitInput = z.output<typeof visitInput>;

/** A PATCH body: any field of any kind, all optional; checked again after merging onto the visit. */
export const visitPatch = z
  .strictObject({
    kind: z.enum(VISIT_KINDS),
    ...sessionFields,
    ...announcementFields,
    ...walkFields,
  })
  .partial();
export type VisitPatch = z.output<typeof visitPatch>;

export const visitListQuery = z
  .strictObject({
    area_id: areaId.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    kind: z.enum(VISIT_KINDS).optional(),
  })
  .check(fromNotAfterTo);
export type VisitListQuery = z.output<typeof visitListQuery>;

export interface Finding {
  id: number;
  text: string;
  owner: string;
  status: FindingStatus;
  due_on: string | null;
  /** When it was closed and what was done; null and "" while it is open. */
  closed_on: string | null;
  closed_note: string;
}

/** A visit as the API returns it. */
export interface VisitRecord {
  id: number;
  kind: VisitKind;
  date: string;
  area_id: string;
  area_name: string;
  /** The kommun of the visit's area. */
  kommun: string;
  topic: VisitTopic;
  organisers: Organiser[];
  attendees: number | null;
  lon: number | null;
  lat: number | null;
  notes: string;
  /** Märk-DNA kits handed out at the visit. */
  kits: number;
  route: z.output<typeof routeLine> | null;
  participants: string[];
  /** An information session's announcement: local times 'HH:MM', the venue, how to sign up. */
  start_time: string | null;
  end_time: string | null;
  venue: string;
  signup: string;
  open_findings: number;
  demo: boolean;
  created_at: string;
}

export interface VisitDetail extends VisitRecord {
  findings: Finding[];
}
