// Repos stamp what they write with the app's injected clock, never the machine's: a record deleted
// through the API carries the test app's fixed time (TEST_NOW) as its deleted_at.
import { afterAll, describe, expect, it } from "vitest";
import { jsonSender } from "../helpers/json-request.ts";
import { createTestApp, TEST_NOW } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());
const AREA = "12300002";

const deletedAt = (table: string, id: number) =>
  (t.db.prepare(`SELECT deleted_at FROM ${table} WHERE id = ?`).get(id) as { deleted_at: string })
    .deleted_at;

async function createThenDelete(role: "planner" | "police", path: string, body: object) {
  const send = jsonSender(t.as(role));
  const created = await send("POST", path, body);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = Number((created.body as { id: number }).id);
  const deleted = await t.as(role).request(`${path}/${id}`, { method: "DELETE" });
  expect(deleted.ok).toBe(true);
  return id;
}

describe("the injected clock", () => {
  it("dates a soft delete in every kind of record", async () => {
    const cases: [string, "planner" | "police", string, object][] = [
      [
        "watch_groups",
        "planner",
        "/api/watch-groups",
        { area_id: AREA, name: "Eken", status: "active", households: 12, started_on: "2019-01-01" },
      ],
      [
        "dna_kits",
        "planner",
        "/api/dna-kits",
        { area_id: AREA, handed_out_on: "2019-03-01", kits: 3 },
      ],
      [
        "messages",
        "planner",
        "/api/messages",
        { sent_on: "2019-03-01", channel: "coyards", subject: "Inbrott" },
      ],
      [
        "presence",
        "police",
        "/api/internal/presence",
        {
          starts_at: "2019-06-02T19:00:00Z",
          ends_at: "2019-06-02T20:00:00Z",
          actor: "police",
          kind: "foot",
          place: { type: "Area", area_id: AREA },
        },
      ],
    ];
    for (const [table, role, path, body] of cases) {
      const id = await createThenDelete(role, path, body);
      expect(deletedAt(table, id), table).toBe(TEST_NOW.toISOString());
    }
  });

  it("dates a change of the privacy settings", async () => {
    const send = jsonSender(t.as("admin"));
    const res = await send("PUT", "/api/admin/privacy", { contact_retention_months: 24 });
    expect(res.status).toBe(200);
    const row = t.db.prepare("SELECT updated_at FROM privacy_settings WHERE id = 1").get() as {
      updated_at: string;
    };
    expect(row.updated_at).toBe(TEST_NOW.toISOString());
  });
});
