// Pure: the activities behind a promise's count, as list rows. Visits and messages are looked up
// by id; weekly exchanges and manual entries are listed by their week or id.
import type { MessageRecord } from "../../server/messages/schema.ts";
import type { ActivityProgress } from "../../server/promises/progress.ts";
import type { EvidenceSource } from "../../server/promises/service.ts";

export interface EvidenceRow {
  id: number;
  date: string;
  text: string;
}

interface VisitLike {
  id: number;
  date: string;
  area_name: string;
  topic: string;
}

export function evidenceRows(
  source: EvidenceSource,
  progress: Pick<ActivityProgress, "ids" | "units">,
  /** The visits, or undefined for a reader who may not read them (the police): listed by id. */
  visits: VisitLike[] | undefined,
  messages: MessageRecord[],
  /** A visit topic in the reader's words. */
  topicName: (topic: string) => string = (topic) => topic,
  /** More to say of a visit, e.g. a safety walk's open and closed findings; null for nothing. */
  visitNote: (id: number) => string | null = () => null,
): EvidenceRow[] {
  const wanted = new Set(progress.ids);
  if (source === "visits" && visits) {
    return visits
      .filter((v) => wanted.has(v.id))
      .map((v) => {
        const note = visitNote(v.id);
        const text = `${v.area_name}: ${topicName(v.topic)}${note ? ` · ${note}` : ""}`;
        return { id: v.id, date: v.date, text };
      })
      .sort((a, b) => a.date.localeCompare(b.date));
  }
  if (source === "messages") {
    return messages
      .filter((m) => wanted.has(m.id))
      .map((m) => ({ id: m.id, date: m.sent_on, text: `${m.channel}: ${m.subject}` }))
      .sort((a, b) => a.date.localeCompare(b.date));
  }
  if (progress.units) {
    return progress.units.flatMap((u) => u.ids.map((id) => ({ id, date: u.unit, text: `#${id}` })));
  }
  return progress.ids.map((id) => ({ id, date: "", text: `#${id}` }));
}
