// The upcoming public information sessions as an iCalendar feed (RFC 5545), so residents can
// subscribe from their phone's calendar. Built from the public map's own list of announced
// sessions: the day and time, the area, the topic, who arranges it, where and how to sign up.
// Swedish, as the public map is.
import ical from "ical-generator";
import { DAY_MS, HOUR_MS, isoToDay, localToUtc } from "../coverage/stockholm.ts";
import type { IsoDate } from "../period/dates.ts";
import type { PublicAreaCollection } from "./areas.ts";

const TOPIC: Record<string, string> = {
  grannsamverkan: "Informationsträff om grannsamverkan",
  markdna: "Informationsträff om märk-DNA",
  contact_persons: "Informationsträff för kontaktpersoner i grannsamverkan",
  other: "Informationsträff om brottsförebyggande arbete",
};
const ORGANISER: Record<string, string> = {
  police: "Polisen",
  volunteers: "Polisens volontärer",
  others: "Andra aktörer",
};

/** "Staffanstorps kommun", "Lomma kommun": the kommun as an organiser. */
export function kommunOrganiser(name: string): string {
  return /[aeiouyåäös]$/i.test(name) ? `${name} kommun` : `${name}s kommun`;
}

/** An hour after 'HH:MM' (at most 23:59): a session announced with a start only. */
function addHour(time: string): string {
  const h = Number(time.slice(0, 2));
  return h >= 23 ? "23:59" : `${String(h + 1).padStart(2, "0")}${time.slice(2)}`;
}

/**
 * The UTC instant of a Stockholm clock time 'HH:MM' on a date, written as UTC in the feed (…Z) so
 * every calendar shows it at the right local time. The hour the clocks skip or repeat (02:00–02:59
 * on two Sundays a year) is taken as summer time.
 */
export function stockholmInstant(date: IsoDate, time: string): Date {
  const minute = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const r = localToUtc(date, minute);
  if (r.ok) return new Date(r.utcMs);
  return new Date(isoToDay(date) * DAY_MS + minute * 60_000 - 2 * HOUR_MS);
}

/** @param where the kommun's (or the police area's) name, for the calendar's title */
export function sessionsCalendar(
  areas: PublicAreaCollection,
  today: IsoDate,
  where: string,
): string {
  const calendar = ical({
    name: `Informationsträffar – grannsamverkan och märk-DNA – ${where}`,
    prodId: { company: "Grannkoll", product: "Informationstraffar", language: "SV" },
  });
  const sessions = areas.features
    .flatMap((f) => f.properties.upcoming_sessions)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  for (const s of sessions) {
    const by = s.organisers
      .map((o) => (o === "municipality" ? kommunOrganiser(s.kommun_name) : (ORGANISER[o] ?? o)))
      .join(", ");
    // Announced in the kommun's clock time, written as the UTC instant (DTSTART:…Z): a time
    // without a zone would be read in whatever zone the subscriber's calendar is in.
    const when = s.start_time
      ? {
          start: stockholmInstant(s.date, s.start_time),
          end: stockholmInstant(s.date, s.end_time ?? addHour(s.start_time)),
        }
      : { start: new Date(`${s.date}T00:00:00Z`), allDay: true };
    calendar.createEvent({
      id: `${s.id}@grannkoll`,
      // A fixed stamp per day keeps the feed's bytes (and its ETag) the same until it changes.
      stamp: new Date(`${today}T00:00:00Z`),
      ...when,
      summary: `${TOPIC[s.topic] ?? TOPIC.other} – ${s.area_name}, ${s.kommun_name}`,
      location: {
        title: s.venue
          ? `${s.venue}, ${s.area_name}, ${s.kommun_name}`
          : `${s.area_name}, ${s.kommun_name}`,
        geo: { lat: s.lat, lon: s.lon },
      },
      description: [
        by ? `Arrangörer: ${by}.` : "",
        "Öppen för alla som bor i området.",
        s.signup ? `Anmälan och frågor: ${s.signup}` : "",
        s.start_time ? "" : "Tiden är inte bestämd än.",
        s.demo ? "DEMODATA: påhittad träff för att visa verktyget." : "",
      ]
        .filter(Boolean)
        .join(" "),
    });
  }
  return calendar.toString();
}
