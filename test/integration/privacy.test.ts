// /api/admin/privacy and /api/admin/persons over the real app: the retention period, which
// watch groups' contact details it erases at the test clock (2026-11-30T12:00Z), runRetention as
// the server calls it, and a person's data export and erasure (GDPR).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRetention } from "../../server/admin/run-retention.ts";
import { CSRF_HEADER } from "../../server/auth/guard.ts";
import { dbDigest } from "../helpers/db-digest.ts";
import { fieldsOf, jsonSender, lastAuditBy } from "../helpers/json-request.ts";
import { createTestApp, TEST_NOW } from "../helpers/test-app.ts";

const lastAudit = (t: ReturnType<typeof createTestApp>) => lastAuditBy(t.db);

interface Contact {
  id: number;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
}
const contacts = (t: ReturnType<typeof createTestApp>) =>
  t.db
    .prepare("SELECT id, contact_name, contact_phone, contact_email FROM watch_groups ORDER BY id")
    .all() as Contact[];

/**
 * The fixture's groups 1–5 (contacts "Kontakt PersonN"), set to known dates. With 24 months the
 * cutoff is 2024-11-30T12:00Z: due are 2 (inactive since just before it), 4 (removed long ago)
 * and 7 (inactive for years, removed recently); kept are 1 (active), 3 (inactive recently),
 * 5 (no contact details left), 6 (active, removed recently).
 */
function retentionScenario(t: ReturnType<typeof createTestApp>) {
  const db = t.db;
  db.prepare("UPDATE watch_groups SET status = 'inactive' WHERE id IN (2, 3, 5)").run();
  const since = db.prepare("UPDATE watch_groups SET status_since = ? WHERE id = ?");
  since.run("2010-01-01T00:00:00.000Z", 1);
  since.run("2024-11-30T11:59:00.000Z", 2);
  since.run("2025-06-01T00:00:00.000Z", 3);
  since.run("2015-01-01T00:00:00.000Z", 4);
  since.run("2020-01-01T00:00:00.000Z", 5);
  db.prepare("UPDATE watch_groups SET deleted_at = '2024-01-01T00:00:00.000Z' WHERE id = 4").run();
  db.prepare(
    "UPDATE watch_groups SET contact_name = NULL, contact_phone = NULL, contact_email = NULL WHERE id = 5",
  ).run();
  const insert = db.prepare(`INSERT INTO watch_groups (id, area_id, name, status, households,
    started_on, contact_name, contact_phone, contact_email, status_since, deleted_at)
    VALUES (?, '12300002', ?, ?, 10, '2015-01-01', ?, '040-111111', NULL, ?, ?)`);
  insert.run(
    6,
    "Grupp 6",
    "active",
    "Kontakt Person6",
    "2016-01-01T00:00:00.000Z",
    "2026-10-01T00:00:00.000Z",
  );
  insert.run(
    7,
    "Grupp 7",
    "inactive",
    "Kontakt Person7",
    "2019-01-01T00:00:00.000Z",
    "2026-10-01T00:00:00.000Z",
  );
  // Groups 3 (seeded inactive) and 7 (entered inactive) count from the day they became inactive.
  const inactiveSince = db.prepare("UPDATE watch_groups SET inactive_since = ? WHERE id = ?");
  inactiveSince.run("2025-06-01", 3);
  inactiveSince.run("2019-01-01", 7);
}

describe("privacy settings and retention", () => {
  const t = createTestApp(undefined, { role: "admin" });
  const send = jsonSender(t.app);
  beforeAll(() => retentionScenario(t));
  afterAll(() => t.close());

  it("shows the retention period and how many groups it would erase now", async () => {
    const res = await send("GET", "/api/admin/privacy");
    expect(res).toEqual({
      status: 200,
      body: { contact_retention_months: 24, due: 3, audit_address_months: 12, addresses_due: 0 },
    });
  });

  it("changes the period (audited) and the count follows", async () => {
    // 60 months: cutoff 2021-11-30T12:00Z; only group 7 (inactive since 2019) is due.
    const res = await send("PUT", "/api/admin/privacy", { contact_retention_months: 60 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ contact_retention_months: 60, due: 1 });
    expect(lastAudit(t)).toEqual({
      actor: "test-admin",
      action: "update",
      entity: "privacy_settings",
      entity_id: "1",
      detail: '{"contact_retention_months":60}',
    });
    const off = await send("PUT", "/api/admin/privacy", { contact_retention_months: null });
    expect(off.body).toMatchObject({ contact_retention_months: null, due: 0 });
    expect((await send("POST", "/api/admin/privacy/retention/run")).body).toEqual({
      erased: 0,
      watch_group_ids: [],
      addresses_blanked: 0,
    });
  });

  it("refuses periods outside 1–120 whole months, changing nothing", async () => {
    const before = dbDigest(t.db);
    for (const bad of [0, 121, 1.5, "12", true]) {
      const res = await send("PUT", "/api/admin/privacy", { contact_retention_months: bad });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(["contact_retention_months"]);
      const address = await send("PUT", "/api/admin/privacy", {
        contact_retention_months: 24,
        audit_address_months: bad,
      });
      expect(address.status).toBe(400);
      expect(fieldsOf(address.body)).toEqual(["audit_address_months"]);
    }
    expect((await send("PUT", "/api/admin/privacy", {})).status).toBe(400);
    const extra = await send("PUT", "/api/admin/privacy", {
      contact_retention_months: 12,
      keep_forever: true,
    });
    expect(fieldsOf(extra.body)).toEqual(["keep_forever"]);
    expect(dbDigest(t.db)).toBe(before);
  });

  it("erases exactly the due groups' contact details, audited with ids only", async () => {
    await send("PUT", "/api/admin/privacy", { contact_retention_months: 24 });
    const before = contacts(t);
    const res = await send("POST", "/api/admin/privacy/retention/run");
    expect(res).toEqual({
      status: 200,
      body: { erased: 3, watch_group_ids: [2, 4, 7], addresses_blanked: 0 },
    });
    const after = contacts(t);
    const erased = { contact_name: null, contact_phone: null, contact_email: null };
    expect(after).toEqual(before.map((c) => ([2, 4, 7].includes(c.id) ? { ...c, ...erased } : c)));
    expect(after.find((c) => c.id === 1)?.contact_name).toBe("Kontakt Person1");
    expect(after.find((c) => c.id === 6)?.contact_name).toBe("Kontakt Person6");
    const audit = lastAudit(t);
    expect(audit).toMatchObject({
      actor: "test-admin",
      action: "retention-erase",
      entity: "watch_groups",
    });
    expect(JSON.parse(audit.detail)).toEqual({
      watch_group_ids: [2, 4, 7],
      count: 3,
      contact_retention_months: 24,
    });
    expect((await send("GET", "/api/admin/privacy")).body).toMatchObject({
      contact_retention_months: 24,
      due: 0,
    });
    expect((await send("POST", "/api/admin/privacy/retention/run")).body).toEqual({
      erased: 0,
      watch_group_ids: [],
      addresses_blanked: 0,
    });
  });

  it("blanks client addresses in audit rows older than their period, keeping who, when and what", async () => {
    // Rows from before the test clock's cutoff (12 months: 2025-11-30T12:00Z), written as the
    // log would have written them then; the triggers allow inserts.
    const insert = t.db.prepare(`INSERT INTO audit_log (at, actor, action, entity, remote)
      VALUES (?, 'anna', 'create', 'visits', ?)`);
    const old = insert.run("2025-11-30T11:59:59.999Z", "10.1.1.1").lastInsertRowid;
    const young = insert.run("2025-11-30T12:00:00.000Z", "10.2.2.2").lastInsertRowid;
    const state = await send("GET", "/api/admin/privacy");
    expect(state.body).toMatchObject({ audit_address_months: 12, addresses_due: 1 });

    const res = await send("POST", "/api/admin/privacy/retention/run");
    expect(res.body).toEqual({ erased: 0, watch_group_ids: [], addresses_blanked: 1 });
    const row = t.db.prepare("SELECT at, actor, action, remote FROM audit_log WHERE id = ?");
    expect(row.get(old)).toEqual({
      at: "2025-11-30T11:59:59.999Z",
      actor: "anna",
      action: "create",
      remote: null,
    });
    expect(row.get(young)).toMatchObject({ remote: "10.2.2.2" });
    expect(JSON.parse(lastAudit(t).detail)).toEqual({ count: 1, audit_address_months: 12 });
    expect(lastAudit(t)).toMatchObject({ action: "retention-addresses", entity: "audit_log" });

    // Longer period: the younger row is not due; null keeps addresses for good.
    const longer = await send("PUT", "/api/admin/privacy", {
      contact_retention_months: 24,
      audit_address_months: 6,
    });
    expect(longer.body).toMatchObject({ audit_address_months: 6, addresses_due: 1 });
    const kept = await send("PUT", "/api/admin/privacy", {
      contact_retention_months: 24,
      audit_address_months: null,
    });
    expect(kept.body).toMatchObject({ audit_address_months: null, addresses_due: 0 });
    expect((await send("POST", "/api/admin/privacy/retention/run")).body).toMatchObject({
      addresses_blanked: 0,
    });
    // Left out, the address period is unchanged.
    const unchanged = await send("PUT", "/api/admin/privacy", { contact_retention_months: 24 });
    expect(unchanged.body).toMatchObject({ audit_address_months: null });
  });

  it("is for admins only", async () => {
    expect((await t.as("planner").request("/api/admin/privacy")).status).toBe(403);
    const run = await t.as("planner").request("/api/admin/privacy/retention/run", {
      method: "POST",
    });
    expect(run.status).toBe(403);
  });
});

describe("runRetention (what the server runs at start-up and daily)", () => {
  const t = createTestApp();
  beforeAll(() => retentionScenario(t));
  afterAll(() => t.close());

  it("uses the clock it is given", () => {
    // On 2025-01-01 the cutoff is 2023-01-01: only group 7 (inactive since 2019) is due.
    expect(runRetention(t.db, () => new Date("2025-01-01T00:00:00Z"))).toEqual({
      erased: 1,
      watch_group_ids: [7],
      addresses_blanked: 0,
    });
    expect(lastAudit(t)).toMatchObject({ actor: "system", action: "retention-erase" });
    expect(runRetention(t.db, () => TEST_NOW)).toMatchObject({
      erased: 2,
      watch_group_ids: [2, 4],
    });
    expect(runRetention(t.db, () => TEST_NOW)).toMatchObject({ erased: 0, watch_group_ids: [] });
  });
});

describe("a person's data: export and erasure", () => {
  const t = createTestApp(undefined, { role: "admin" });
  const send = jsonSender(t.app);
  const PERSON = { name: "Åsa Öberg", phone: "070-123 45 67", email: "asa@example.se" };
  const TRACES = /Åsa|Öberg|ÅSA|ÖBERG|asa@|070-123|0701234567/i;
  let accountId = 0;

  beforeAll(async () => {
    const db = t.db;
    db.prepare(`UPDATE watch_groups SET contact_name = 'Åsa Öberg', contact_phone = '070-123 45 67',
      contact_email = 'Asa@Example.se' WHERE id = 1`).run();
    // Another group with her name only, since removed: still stored, so still exported.
    db.prepare(`INSERT INTO watch_groups (id, area_id, name, status, households, started_on,
      contact_name, contact_phone, deleted_at) VALUES (6, '12300002', 'Grupp 6', 'inactive', 5,
      '2016-01-01', 'åsa  öberg', '040-999999', '2026-01-01T00:00:00.000Z')`).run();
    db.prepare("UPDATE visits SET notes = ? WHERE id = 1").run(
      "Åsa Öberg visade runt. Ring henne på 0701234567.",
    );
    db.prepare("UPDATE visits SET notes = 'Boende nöjda med Åsaväg' WHERE id = 2").run();
    db.prepare(
      `INSERT INTO walk_findings (id, visit_id, text, owner, status, closed_on, closed_note)
       VALUES (1, 1, ?, 'Kommunen', 'done', '2019-10-01', ?)`,
    ).run("Trasig lampa vid Åsa Öbergs hus", "Lagad, sa Åsa Öberg");
    db.prepare("UPDATE messages SET subject = 'Tack till åsa öberg' WHERE id = 1").run();
    db.prepare(`UPDATE lagesbild SET notes = 'ÅSA ÖBERG ringde om mopeder',
      participants = '["Kommunpolis","Åsa Öberg"]' WHERE week = '2019-W20'`).run();
    // She also holds an account, and has used it (the password change is audited as her).
    const created = await send("POST", "/api/admin/accounts", {
      username: "asa.oberg",
      display_name: "Åsa Öberg",
      role: "planner",
    });
    accountId = (created.body.account as { id: number }).id;
    const login = await t.as(null).request("/api/auth/login", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ username: "asa.oberg", password: created.body.password }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] as string;
    const { csrf_token } = (await login.json()) as { csrf_token: string };
    const changed = await t.hono.request("/api/auth/password", {
      method: "POST",
      headers: { cookie, [CSRF_HEADER]: csrf_token, "Content-Type": "application/json" },
      body: JSON.stringify({
        current_password: created.body.password,
        new_password: "ett-eget-lösen-1",
      }),
    });
    expect(changed.status).toBe(200);
  });
  afterAll(() => t.close());

  const lagesbildId = () =>
    t.db.prepare("SELECT id FROM lagesbild WHERE week = '2019-W20'").pluck().get() as number;

  it("exports everything stored about the person as a dated attachment, audited by counts", async () => {
    const res = await t.app.request("/api/admin/persons/export", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(PERSON),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="grannkoll-person-export-2026-11-30.json"',
    );
    const doc = (await res.json()) as Record<string, unknown>;
    expect(doc.exported_at).toBe("2026-11-30T12:00:00.000Z");
    expect(doc.watch_group_contacts).toEqual([
      {
        watch_group_id: 1,
        watch_group_name: "Grupp 1",
        area_id: "12300001",
        area_name: "Alfa",
        status: "active",
        removed: false,
        role: "contact_person",
        matched_fields: ["contact_name", "contact_phone", "contact_email"],
        contact_name: "Åsa Öberg",
        contact_phone: "070-123 45 67",
        contact_email: "Asa@Example.se",
      },
      {
        watch_group_id: 6,
        watch_group_name: "Grupp 6",
        area_id: "12300002",
        area_name: "Beta",
        status: "inactive",
        removed: true,
        role: "contact_person",
        matched_fields: ["contact_name"],
        contact_name: "åsa  öberg",
        contact_phone: "040-999999",
        contact_email: null,
      },
    ]);
    const lb = lagesbildId();
    expect(doc.free_text).toEqual([
      {
        entity: "visits",
        id: 1,
        field: "notes",
        text: "Åsa Öberg visade runt. Ring henne på 0701234567.",
        removed: false,
      },
      {
        entity: "walk_findings",
        id: 1,
        field: "text",
        text: "Trasig lampa vid Åsa Öbergs hus",
        removed: false,
      },
      {
        entity: "walk_findings",
        id: 1,
        field: "closed_note",
        text: "Lagad, sa Åsa Öberg",
        removed: false,
      },
      { entity: "messages", id: 1, field: "subject", text: "Tack till åsa öberg", removed: false },
      {
        entity: "lagesbild",
        id: lb,
        field: "notes",
        text: "ÅSA ÖBERG ringde om mopeder",
        removed: false,
      },
      {
        entity: "lagesbild",
        id: lb,
        field: "participants",
        text: '["Kommunpolis","Åsa Öberg"]',
        removed: false,
      },
    ]);
    const accounts = doc.accounts as Record<string, unknown>[];
    expect(accounts.map((a) => [a.id, a.username, a.display_name])).toEqual([
      [accountId, "asa.oberg", "Åsa Öberg"],
    ]);
    expect(JSON.stringify(accounts)).not.toMatch(/password_hash|scrypt/);
    const entries = doc.audit_entries as { actor: string; action: string }[];
    // Her login is hers too: logins are recorded under the account that logged in.
    expect(entries.map((e) => [e.actor, e.action])).toEqual([
      ["asa.oberg", "login"],
      ["asa.oberg", "password-change"],
    ]);

    const audit = lastAudit(t);
    expect(audit).toMatchObject({
      actor: "test-admin",
      action: "read-personal",
      entity: "persons",
    });
    expect(JSON.parse(audit.detail)).toEqual({
      searched_by: ["email", "name", "phone"],
      watch_group_contacts: 2,
      accounts: 1,
      free_text: 6,
      audit_entries: 2,
    });
    expect(audit.detail).not.toMatch(TRACES);
  });

  it("finds the person by phone or e-mail alone, written differently", async () => {
    const byPhone = await send("POST", "/api/admin/persons/export", { phone: "0701234567" });
    expect(
      (byPhone.body.watch_group_contacts as { watch_group_id: number }[]).map(
        (c) => c.watch_group_id,
      ),
    ).toEqual([1]);
    expect((byPhone.body.free_text as { entity: string }[]).map((f) => f.entity)).toEqual([
      "visits",
    ]);
    expect(byPhone.body.accounts).toEqual([]);
    const byEmail = await send("POST", "/api/admin/persons/export", { email: "ASA@EXAMPLE.SE" });
    expect(
      (byEmail.body.watch_group_contacts as { matched_fields: string[] }[]).map(
        (c) => c.matched_fields,
      ),
    ).toEqual([["contact_email"]]);
  });

  it("refuses a request naming nobody, changing nothing (the person never goes in the URL)", async () => {
    const before = dbDigest(t.db);
    const empty = await send("POST", "/api/admin/persons/export", {});
    expect(empty.status).toBe(400);
    const bad = await send("POST", "/api/admin/persons/erase", {
      name: "Å",
      email: "nope",
      phone: "abc",
      id: 1,
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(expect.arrayContaining(["name", "email", "phone", "id"]));
    expect((await t.app.request("/api/admin/persons/export?name=x")).status).toBe(404);
    expect(dbDigest(t.db)).toBe(before);
    const planner = await t.as("planner").request("/api/admin/persons/export", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(PERSON),
    });
    expect(planner.status).toBe(403);
  });

  it("erases the contact details and the name in free text; the account is kept", async () => {
    const res = await send("POST", "/api/admin/persons/erase", PERSON);
    expect(res).toEqual({
      status: 200,
      body: {
        erased: { watch_group_contacts: 2, free_text: 6 },
        watch_group_ids: [1, 6],
        accounts_kept: 1,
      },
    });
    const db = t.db;
    expect(contacts(t).filter((c) => [1, 6].includes(c.id))).toEqual([
      { id: 1, contact_name: null, contact_phone: null, contact_email: null },
      { id: 6, contact_name: null, contact_phone: null, contact_email: null },
    ]);
    const note = db.prepare("SELECT notes FROM visits WHERE id = ?").pluck();
    expect(note.get(1)).toBe("[raderat] visade runt. Ring henne på [raderat].");
    expect(note.get(2)).toBe("Boende nöjda med Åsaväg");
    expect(db.prepare("SELECT text FROM walk_findings WHERE id = 1").pluck().get()).toBe(
      "Trasig lampa vid [raderat] hus",
    );
    expect(db.prepare("SELECT closed_note FROM walk_findings WHERE id = 1").pluck().get()).toBe(
      "Lagad, sa [raderat]",
    );
    expect(db.prepare("SELECT subject FROM messages WHERE id = 1").pluck().get()).toBe(
      "Tack till [raderat]",
    );
    expect(
      db.prepare("SELECT notes, participants FROM lagesbild WHERE week = '2019-W20'").get(),
    ).toEqual({
      notes: "[raderat] ringde om mopeder",
      participants: '["Kommunpolis","[raderat]"]',
    });
    expect(t.auth.accounts.find(accountId)).toMatchObject({
      username: "asa.oberg",
      disabled: false,
    });

    const audit = lastAudit(t);
    expect(audit).toMatchObject({
      actor: "test-admin",
      action: "erase-personal",
      entity: "persons",
    });
    expect(JSON.parse(audit.detail)).toMatchObject({ watch_group_ids: [1, 6], accounts_kept: 1 });
    expect(audit.detail).not.toMatch(TRACES);

    const after = await send("POST", "/api/admin/persons/export", PERSON);
    expect(after.body).toMatchObject({ watch_group_contacts: [], free_text: [] });
    expect((after.body.accounts as unknown[]).length).toBe(1);
  });
});
