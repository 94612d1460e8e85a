// The upcoming public information sessions as an iCalendar feed (RFC 5545), so residents can
// subscribe from their phone's calendar. Built from the public map's own list of announced
// sessions: the day and time, the area, the topic, who arranges it, where and how to sign up.
// Swedish, as the public map is.
import ical from "ical-generator";
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
    // A floating local time (no zone given): the session is at that clock time in the kommun.
    const at = (time: string) => `${s.date}T${time}:00`;
    const when = s.start_time
      ? {
          start: at(s.start_time),
          end: at(s.end_time ?? addHour(s.start_time)),
          floating: true,
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
