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
  visits: VisitLike[],
  messages: MessageRecord[],
  /** A visit topic in the reader's words. */
  topicName: (topic: string) => string = (topic) => topic,
): EvidenceRow[] {
  const wanted = new Set(progress.ids);
  if (source === "visits") {
    return visits
      .filter((v) => wanted.has(v.id))
      .map((v) => ({ id: v.id, date: v.date, text: `${v.area_name}: ${topicName(v.topic)}` }))
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
