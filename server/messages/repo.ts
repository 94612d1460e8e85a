// SQL for the message log: a message and the areas it targeted, written together.
import type { Db } from "../db/open.ts";
import { type Clock, systemClock } from "../period/dates.ts";
import type { Channel, MessageInput, MessageListQuery, MessageRecord } from "./schema.ts";

type Row = Omit<MessageRecord, "area_ids" | "demo"> & { area_ids: string | null; demo: number };

const SELECT = `SELECT m.id, m.sent_on, m.channel, m.subject, m.demo,
  (SELECT json_group_array(area_id) FROM (SELECT area_id FROM message_areas
     WHERE message_id = m.id ORDER BY area_id)) AS area_ids
  FROM messages m`;

const toRecord = (r: Row): MessageRecord => ({
  ...r,
  channel: r.channel as Channel,
  area_ids: r.area_ids ? (JSON.parse(r.area_ids) as string[]) : [],
  demo: r.demo === 1,
});

export function createMessageRepo(db: Db, clock: Clock = systemClock) {
  const list = db.prepare<Required<Record<keyof MessageListQuery, string | null>>, Row>(
    `${SELECT} WHERE m.deleted_at IS NULL
       AND (@from IS NULL OR m.sent_on >= @from) AND (@to IS NULL OR m.sent_on <= @to)
       AND (@channel IS NULL OR m.channel = @channel)
     ORDER BY m.sent_on DESC, m.id DESC`,
  );
  const find = db.prepare<[number], Row>(`${SELECT} WHERE m.id = ? AND m.deleted_at IS NULL`);
  const insert = db.prepare(
    "INSERT INTO messages (sent_on, channel, subject) VALUES (@sent_on, @channel, @subject)",
  );
  const update = db.prepare(
    `UPDATE messages SET sent_on = @sent_on, channel = @channel, subject = @subject
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const softDelete = db.prepare<{ id: number; at: string }>(
    "UPDATE messages SET deleted_at = @at WHERE id = @id AND deleted_at IS NULL",
  );
  const clearAreas = db.prepare<[number]>("DELETE FROM message_areas WHERE message_id = ?");
  const addArea = db.prepare<[number, string]>(
    "INSERT INTO message_areas (message_id, area_id) VALUES (?, ?)",
  );
  const areaIds = db.prepare<[], string>("SELECT id FROM areas").pluck();

  function setAreas(id: number, ids: string[] | undefined) {
    clearAreas.run(id);
    for (const a of ids ?? []) addArea.run(id, a);
  }

  return {
    list: (q: MessageListQuery) =>
      list
        .all({ from: q.from ?? null, to: q.to ?? null, channel: q.channel ?? null })
        .map(toRecord),
    find: (id: number) => {
      const r = find.get(id);
      return r ? toRecord(r) : undefined;
    },
    /** Call inside a transaction: the message and its areas are one write. */
    create(m: MessageInput): number {
      const id = Number(insert.run(m).lastInsertRowid);
      setAreas(id, m.area_ids);
      return id;
    },
    update(id: number, m: MessageInput): void {
      update.run({ id, sent_on: m.sent_on, channel: m.channel, subject: m.subject });
      setAreas(id, m.area_ids);
    },
    softDelete: (id: number) => softDelete.run({ id, at: clock().toISOString() }).changes > 0,
    knownAreas: () => new Set(areaIds.all()),
  };
}
