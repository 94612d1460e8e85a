// The upcoming public information sessions as an iCalendar feed (RFC 5545), so residents can
// subscribe from their phone's calendar. Built from the public map's own list of announced
// sessions: the day, the area, the topic, who arranges it and where. Swedish, as the public map is.
import ical from "ical-generator";
import type { IsoDate } from "../period/dates.ts";
import type { PublicAreaCollection, PublicSession } from "./areas.ts";

const TOPIC: Record<string, string> = {
  grannsamverkan: "Informationsträff om grannsamverkan",
  markdna: "Informationsträff om märk-DNA",
  contact_persons: "Informationsträff för kontaktpersoner i grannsamverkan",
  other: "Informationsträff om brottsförebyggande arbete",
};
const ORGANISER: Record<string, string> = {
  police: "Polisen",
  municipality: "Staffanstorps kommun",
  volunteers: "Polisens volontärer",
  others: "Andra aktörer",
};

/** A session's stable public id: its day, area and place in that day's list (as in /ogc). */
export function sessionUid(s: PublicSession, n: number): string {
  return `${s.date}-${s.area_id}-${n}@grannkoll`;
}

export function sessionsCalendar(areas: PublicAreaCollection, today: IsoDate): string {
  const calendar = ical({
    name: "Informationsträffar – grannsamverkan och märk-DNA",
    prodId: { company: "Grannkoll", product: "Informationstraffar", language: "SV" },
    timezone: "Europe/Stockholm",
  });
  const nth = new Map<string, number>();
  const sessions = areas.features
    .flatMap((f) => f.properties.upcoming_sessions)
    .sort((a, b) => a.date.localeCompare(b.date) || a.area_id.localeCompare(b.area_id));
  for (const s of sessions) {
    const day = `${s.date}-${s.area_id}`;
    const n = (nth.get(day) ?? 0) + 1;
    nth.set(day, n);
    const by = s.organisers.map((o) => ORGANISER[o] ?? o).join(", ");
    calendar.createEvent({
      id: sessionUid(s, n),
      // A fixed stamp per day keeps the feed's bytes (and its ETag) the same until it changes.
      stamp: new Date(`${today}T00:00:00Z`),
      start: new Date(`${s.date}T00:00:00Z`),
      allDay: true,
      summary: `${TOPIC[s.topic] ?? TOPIC.other} – ${s.area_name}`,
      location: { title: s.area_name, geo: { lat: s.lat, lon: s.lon } },
      description:
        `${by ? `Arrangörer: ${by}. ` : ""}Öppen för alla som bor i området. ` +
        "Se Staffanstorps kommuns webbplats för tid och anmälan." +
        (s.demo ? " DEMODATA: påhittad träff för att visa verktyget." : ""),
    });
  }
  return calendar.toString();
}
