// SQL for the message log: a message and the areas it targeted, written together.
import type { Db } from "../db/open.ts";
import { inKommuner, kommunParam } from "../kommun/sql.ts";
import { type Clock, systemClock } from "../period/dates.ts";
import type { Channel, MessageInput, MessageListQuery, StoredMessage } from "./schema.ts";

type Row = Omit<StoredMessage, "area_ids" | "demo"> & { area_ids: string | null; demo: number };

const SELECT = `SELECT m.id, m.sent_on, m.channel, m.subject, m.kommun, m.demo,
  (SELECT json_group_array(area_id) FROM (SELECT area_id FROM message_areas
     WHERE message_id = m.id ORDER BY area_id)) AS area_ids
  FROM messages m`;

const toRecord = (r: Row): StoredMessage => ({
  ...r,
  channel: r.channel as Channel,
  area_ids: r.area_ids ? (JSON.parse(r.area_ids) as string[]) : [],
  demo: r.demo === 1,
});

export function createMessageRepo(db: Db, clock: Clock = systemClock) {
  // A message is its kommun's (messages.kommun): every read and write is limited to the
  // caller's kommuner (@kommuner, server/kommun/sql.ts).
  const list = db.prepare<
    Required<Record<keyof MessageListQuery | "kommuner", string | null>>,
    Row
  >(
    `${SELECT} WHERE m.deleted_at IS NULL AND ${inKommuner("m.kommun")}
       AND (@from IS NULL OR m.sent_on >= @from) AND (@to IS NULL OR m.sent_on <= @to)
       AND (@channel IS NULL OR m.channel = @channel)
     ORDER BY m.sent_on DESC, m.id DESC`,
  );
  const find = db.prepare<{ id: number; kommuner: string }, Row>(
    `${SELECT} WHERE m.id = @id AND m.deleted_at IS NULL AND ${inKommuner("m.kommun")}`,
  );
  const insert = db.prepare(
    `INSERT INTO messages (sent_on, channel, subject, kommun)
     VALUES (@sent_on, @channel, @subject, @kommun)`,
  );
  const update = db.prepare(
    `UPDATE messages SET sent_on = @sent_on, channel = @channel, subject = @subject,
       kommun = @kommun
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const softDelete = db.prepare<{ id: number; at: string; kommuner: string }>(
    `UPDATE messages SET deleted_at = @at
     WHERE id = @id AND deleted_at IS NULL AND ${inKommuner("kommun")}`,
  );
  const clearAreas = db.prepare<[number]>("DELETE FROM message_areas WHERE message_id = ?");
  const addArea = db.prepare<[number, string]>(
    "INSERT INTO message_areas (message_id, area_id) VALUES (?, ?)",
  );
  const areaRows = db.prepare<[], { id: string; name: string; kommun: string }>(
    "SELECT id, name, kommun FROM areas",
  );

  function setAreas(id: number, ids: string[] | undefined) {
    clearAreas.run(id);
    for (const a of ids ?? []) addArea.run(id, a);
  }

  return {
    list: (q: MessageListQuery, kommuner: readonly string[]) =>
      list
        .all({
          from: q.from ?? null,
          to: q.to ?? null,
          channel: q.channel ?? null,
          kommuner: kommunParam(kommuner),
        })
        .map(toRecord),
    /** The message, if it is not deleted and is for one of the kommuner. */
    find: (id: number, kommuner: readonly string[]) => {
      const r = find.get({ id, kommuner: kommunParam(kommuner) });
      return r ? toRecord(r) : undefined;
    },
    /** Call inside a transaction: the message and its areas are one write. */
    create(m: MessageInput, kommun: string): number {
      const { sent_on, channel, subject } = m;
      const id = Number(insert.run({ sent_on, channel, subject, kommun }).lastInsertRowid);
      setAreas(id, m.area_ids);
      return id;
    },
    update(id: number, m: MessageInput, kommun: string): void {
      update.run({ id, sent_on: m.sent_on, channel: m.channel, subject: m.subject, kommun });
      setAreas(id, m.area_ids);
    },
    softDelete: (id: number, kommuner: readonly string[]) =>
      softDelete.run({ id, at: clock().toISOString(), kommuner: kommunParam(kommuner) }).changes >
      0,
    /** Every area by id, with its name and kommun. */
    areas: () => new Map(areaRows.all().map((a) => [a.id, a])),
  };
}
