// Personal-data requests and the retention setting cover every kommun of the deployment (a person
// can be a contact or be named in any kommun's records; retention erases in every kommun), so an
// administrator of one kommun may not use them: found by a reviewer, who exported and erased a
// Staffanstorp contact person, and shortened retention for every kommun, as an admin of Lomma.
import { afterAll, describe, expect, it } from "vitest";
import { dbDigest } from "../helpers/db-digest.ts";
import { type Client, createTestApp, EMBEDDED_DATA } from "../helpers/test-app.ts";

const t = createTestApp(EMBEDDED_DATA, { role: "admin" });
afterAll(() => t.close());
const lommaAdmin = t.asAccount({ role: "admin", kommuner: ["1262"] });
const policeAreaAdmin = t.as("admin");

const send = (who: Client, method: string, path: string, body?: unknown) =>
  who.request(path, {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
  });

/** A Staffanstorp watch group's contact person, as the demo data has them. */
const contact = t.db
  .prepare(
    `SELECT g.contact_name FROM watch_groups g JOIN areas a ON a.id = g.area_id
     WHERE a.kommun = '1230' AND g.contact_name IS NOT NULL LIMIT 1`,
  )
  .pluck()
  .get() as string;

describe("personal-data requests and retention across kommuner", () => {
  it.each([
    ["POST", "/api/admin/persons/export", { name: contact }],
    ["POST", "/api/admin/persons/erase", { name: contact }],
    ["GET", "/api/admin/privacy", undefined],
    ["PUT", "/api/admin/privacy", { contact_retention_months: 1 }],
    ["POST", "/api/admin/privacy/retention/run", {}],
  ] as const)(
    "refuses %s %s to an administrator of one kommun, changing nothing",
    async (method, path, body) => {
      const before = dbDigest(t.db);
      const res = await send(lommaAdmin, method, path, body);
      expect(res.status).toBe(403);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe("kommun_forbidden");
      expect(error.message).toMatch(/whole police area/);
      expect(dbDigest(t.db)).toBe(before);
    },
  );

  it("answers the administrator of the police area, who finds the Staffanstorp contact", async () => {
    expect((await send(policeAreaAdmin, "GET", "/api/admin/privacy")).status).toBe(200);
    const res = await send(policeAreaAdmin, "POST", "/api/admin/persons/export", { name: contact });
    expect(res.status).toBe(200);
    expect(JSON.stringify(await res.json())).toContain(contact);
    // Narrowed to one kommun, the police-area administrator acts as that kommun's: refused.
    const narrowed = await send(policeAreaAdmin, "GET", "/api/admin/privacy?kommun=1262");
    expect(narrowed.status).toBe(403);
  });

  it("refuses a repeated kommun parameter instead of taking the first", async () => {
    const lommaPlanner = t.asAccount({ role: "planner", kommuner: ["1262"] });
    for (const q of ["?kommun=1262&kommun=1230", "?kommun=1230&kommun=1262"]) {
      const res = await lommaPlanner.request(`/api/watch-groups${q}`);
      expect(res.status, q).toBe(400);
    }
  });
});
