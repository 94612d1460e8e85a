// /api/messages over the fixture: message 1 (2019-01-15, Coyards, Alfa). New messages get ids
// from 2. Each message counts toward promise 5 ("at least once a month", 18 months).
import { afterAll, describe, expect, it } from "vitest";
import type { MessageRecord } from "../../server/messages/schema.ts";
import type { PeriodProgress } from "../../server/promises/service.ts";
import { fieldsOf, jsonSender, lastAudit } from "../helpers/json-request.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());
const send = jsonSender(t.app);
const monthly = async () => {
  const p = (await send("GET", "/api/promises/progress?period_id=1"))
    .body as unknown as PeriodProgress;
  return p.activities.find((a) => a.promise.id === 5)?.progress;
};

describe("GET /api/messages", () => {
  it("lists the log, newest first, with the areas targeted", async () => {
    const res = await send("GET", "/api/messages");
    expect(res.body.messages).toEqual([
      {
        id: 1,
        sent_on: "2019-01-15",
        channel: "coyards",
        subject: "Tips inför semestern",
        area_ids: ["12300001"],
        kommun: "1230",
        demo: true,
      },
    ]);
  });

  it("filters by dates and channel, and names bad filters", async () => {
    expect((await send("GET", "/api/messages?channel=coprofs")).body.messages).toEqual([]);
    expect((await send("GET", "/api/messages?from=2019-01-16")).body.messages).toEqual([]);
    const bad = await send("GET", "/api/messages?from=2019-02-01&to=2019-01-01&channel=sms");
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(expect.arrayContaining(["from", "channel"]));
  });
});

describe("writing messages", () => {
  it("records a message with its areas, and it fills a month of the monthly promise", async () => {
    expect(await monthly()).toMatchObject({ done: 1 });
    const res = await send("POST", "/api/messages", {
      sent_on: "2018-08-20",
      channel: "coprofs",
      subject: "Inbrottsvåg i industriområdet: lås in verktyg",
      area_ids: ["12300002", "12300003"],
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: 2,
      sent_on: "2018-08-20",
      channel: "coprofs",
      subject: "Inbrottsvåg i industriområdet: lås in verktyg",
      area_ids: ["12300002", "12300003"],
      kommun: "1230",
      demo: false,
    });
    expect(lastAudit(t.db)).toEqual({
      action: "create",
      entity: "messages",
      entity_id: "2",
      detail: '{"sent_on":"2018-08-20","channel":"coprofs","areas":2}',
    });
    const p = await monthly();
    expect(p).toMatchObject({ done: 2 });
    expect(p?.gaps).not.toContain("2018-08");
    expect(p?.units).toEqual([
      { unit: "2018-08", ids: [2] },
      { unit: "2019-01", ids: [1] },
    ]);
  });

  it("edits a message and replaces its areas", async () => {
    const res = await send("PATCH", "/api/messages/2", {
      area_ids: ["12300001"],
      sent_on: "2018-09-03",
    });
    expect(res.status).toBe(200);
    expect(res.body as unknown as MessageRecord).toMatchObject({
      sent_on: "2018-09-03",
      area_ids: ["12300001"],
      channel: "coprofs",
    });
    const rows = t.db
      .prepare("SELECT area_id FROM message_areas WHERE message_id = 2")
      .pluck()
      .all();
    expect(rows).toEqual(["12300001"]);
    expect(JSON.parse(lastAudit(t.db).detail).changed).toEqual(["area_ids", "sent_on"]);
  });

  it("names every bad field: date, channel, empty subject, unknown area, unknown field", async () => {
    const before = t.db.prepare("SELECT COUNT(*) FROM messages").pluck().get();
    const res = await send("POST", "/api/messages", {
      sent_on: "2019-13-01",
      channel: "sms",
      subject: "  ",
      area_ids: ["12300001", "99999999"],
      colour: "red",
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(
      expect.arrayContaining(["sent_on", "channel", "subject", "area_ids.1", "colour"]),
    );
    expect(t.db.prepare("SELECT COUNT(*) FROM messages").pluck().get()).toBe(before);
    expect((await send("PATCH", "/api/messages/1", { area_ids: ["x"] })).status).toBe(400);
    expect((await send("PATCH", "/api/messages/77", { subject: "x" })).status).toBe(404);
  });

  it("soft-deletes: the row stays, the list and the promise forget it", async () => {
    expect((await send("DELETE", "/api/messages/2")).body).toEqual({ id: 2, deleted: true });
    expect((await send("GET", "/api/messages/2")).status).toBe(404);
    expect(
      t.db.prepare("SELECT deleted_at IS NOT NULL FROM messages WHERE id = 2").pluck().get(),
    ).toBe(1);
    expect(await monthly()).toMatchObject({ done: 1 });
    expect(lastAudit(t.db)).toMatchObject({ action: "delete", entity: "messages", entity_id: "2" });
  });
});
