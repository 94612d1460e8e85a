// The admin pages in a real browser: an account created through the form shows its temporary
// password once, that password logs in, disabling the account stops the login; the audit log shows
// the create; a GDPR export downloads a file holding a demo contact person; the retention period
// saves; the tabs work by keyboard; and the pages fit a phone.
import { beforeAll, describe, expect, it } from "vitest";
import { createAdminDriver } from "./admin-driver.ts";
import { PHONE } from "./browser.ts";
import { browserSpec, withBrowser } from "./spec.ts";

// The first watch group of data/demo-activity.json.
const DEMO_CONTACT = { name: "Linnéa Lundgren", email: "linnea.lundgren@example.se" };
// The second one, erased by a test.
const OTHER_CONTACT = "Peter Åkesson";
const OTHER_CONTACT_EMAIL = "peter.akesson@example.se";

const spec = browserSpec({ role: "admin" });
let admin: ReturnType<typeof createAdminDriver>;

beforeAll(() => {
  admin = createAdminDriver(spec.page, spec.server.origin);
});

describe("accounts", () => {
  it("creates an account whose temporary password logs in, until it is disabled", async () => {
    await admin.open();
    const created = await admin.createAccount("ny-polis", "Nya Polisen", "police");
    expect(created.error).toBeNull();
    const password = created.password ?? "";
    expect(password.length).toBeGreaterThanOrEqual(10);
    await expect(spec.page.getByTestId("temp-password").textContent()).resolves.toMatch(
      /säkert sätt/,
    );

    const before = await admin.account("ny-polis");
    expect(before).toMatchObject({ disabled: false, role: "police" });
    expect(before.status).toMatch(/Aktivt/);
    expect(before.status).toMatch(/Måste byta lösenord/);

    expect(await admin.loginStatus("ny-polis", password)).toBe(200);

    await admin.disable("ny-polis");
    expect((await admin.account("ny-polis")).status).toMatch(/Avstängt/);
    expect(await admin.loginStatus("ny-polis", password)).toBe(401);
  });

  it("gives a new temporary password after a confirmation; the old one stops working", async () => {
    await admin.open();
    const created = await admin.createAccount("ny-planerare", "", "planner");
    const first = created.password ?? "";
    expect(await admin.loginStatus("ny-planerare", first)).toBe(200);
    // Escape cancels the confirmation: nothing changes.
    const page = spec.page;
    await page
      .locator(
        '[data-testid=account-row][data-username="ny-planerare"] [data-testid=account-reset]',
      )
      .click();
    await page.getByTestId("confirm-dialog").waitFor();
    await page.keyboard.press("Escape");
    await page.getByTestId("confirm-dialog").waitFor({ state: "detached" });
    expect(await admin.loginStatus("ny-planerare", first)).toBe(200);
    const second = await admin.resetPassword("ny-planerare");
    expect(second).not.toBe(first);
    expect(await admin.loginStatus("ny-planerare", first)).toBe(401);
    expect(await admin.loginStatus("ny-planerare", second)).toBe(200);
  });

  it("names a taken username beside the field", async () => {
    await admin.open();
    const again = await admin.createAccount("ny-polis", "", "planner");
    expect(again.password).toBeNull();
    expect(again.error).toMatch(/upptaget/);
  });

  it("shows the create in the audit log", async () => {
    await admin.open();
    await admin.tab("audit");
    // Searched for as a person would put it: what was done, to what.
    const rows = await admin.auditRows({ q: "skapade konto" });
    expect(rows.map((r) => [r.action, r.entity])).toEqual([
      ["create", "accounts"],
      ["create", "accounts"],
    ]);
    // Accounts are named as people know them: the display name, with the username.
    expect(rows.map((r) => r.sentence.replace(/^.*skapade konto /, ""))).toEqual([
      "ny-planerare",
      "Nya Polisen (ny-polis)",
    ]);
    // Newest first: ny-planerare (a planner), then ny-polis (police), both by the admin.
    expect(rows.map((r) => r.text.match(/role:?\s*(planner|police|admin)/)?.[1])).toEqual([
      "planner",
      "police",
    ]);
    for (const r of rows) expect(r.text).toMatch(/admin/);
    // The admin's own login reads as the admin's, not as someone not logged in.
    const logins = await admin.auditRows({ q: "admin inloggning" });
    expect(logins[0]?.sentence).toMatch(/admin\)? loggade in$/);
  });

  it("renames an account in its row; Escape cancels and gives focus back", async () => {
    await admin.open();
    const page = spec.page;
    await admin.rename("ny-polis", "Polisen i Staffanstorp");
    const row = page.locator('[data-testid=account-row][data-username="ny-polis"]');
    await row
      .getByTestId("account-display-name")
      .filter({ hasText: "Polisen i Staffanstorp" })
      .waitFor();
    expect(await page.getByTestId("admin-notice").textContent()).toMatch(/ny-polis/);
    // Saved with Enter: focus is back on the row's button, not lost to the page.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
      "account-name-edit",
    );
    await spec.driver.screenshot("admin-accounts");
    const stored = await spec.driver.api<{
      accounts: { username: string; display_name: string }[];
    }>("/api/admin/accounts");
    expect(stored.accounts.find((a) => a.username === "ny-polis")?.display_name).toBe(
      "Polisen i Staffanstorp",
    );

    await row.getByTestId("account-name-edit").click();
    await row.getByTestId("account-name-input").fill("Ångrat");
    await page.keyboard.press("Escape");
    await row.getByTestId("account-name-input").waitFor({ state: "detached" });
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-testid"));
    expect(focused).toBe("account-name-edit");
    expect(await row.getByTestId("account-display-name").textContent()).toBe(
      "Polisen i Staffanstorp",
    );
  });

  it("keeps a temporary password not yet confirmed while the admin looks at another tab", async () => {
    await admin.open();
    const password = await admin.resetPassword("ny-planerare");
    await admin.tab("audit");
    expect(await spec.page.getByTestId("temp-password").isVisible()).toBe(false);
    await admin.tab("accounts");
    const shown = spec.page.locator('[data-testid=temp-password][data-username="ny-planerare"]');
    expect(await shown.getByTestId("temp-password-value").inputValue()).toBe(password);
  });
});

it("pages the audit log: the newest 50 first, then older ones on request", async () => {
  await admin.writeAuditEntries(60);
  await admin.open();
  await admin.tab("audit");
  const rows = await admin.auditRows({ q: "gallringsinställningar" });
  expect(rows).toHaveLength(50);
  expect(rows[0]?.text).toMatch(/contact_retention_months:?\s*60/);
  expect(await admin.auditOlder()).toBeGreaterThanOrEqual(60);
  await expect(spec.page.getByTestId("audit-older").count()).resolves.toBe(0);
});

describe("privacy", () => {
  it("exports a demo contact person's data as a downloaded JSON file", async () => {
    await admin.open();
    await admin.tab("privacy");
    const file = await admin.exportPerson(DEMO_CONTACT.email);
    expect(file.name).toMatch(/^grannkoll-registerutdrag-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(file.text) as unknown;
    expect(JSON.stringify(doc)).toContain(DEMO_CONTACT.name);
  });

  it("erases a person only after the typed confirmation, naming the search", async () => {
    await admin.open();
    await admin.tab("privacy");
    const erased = await admin.eraseByName(OTHER_CONTACT);
    expect(erased.enabledBefore).toBe(false);
    expect(erased.named).toContain(OTHER_CONTACT);
    expect(erased.result).toMatch(/Raderat: [1-9]\d* kontaktuppgifter/);
    const after = await admin.exportPerson(OTHER_CONTACT_EMAIL);
    // The same search (name and e-mail) now finds no contact details.
    const doc = JSON.parse(after.text) as { watch_group_contacts: unknown[] };
    expect(doc.watch_group_contacts).toEqual([]);
  });

  it("runs the retention now after a confirmation naming the count", async () => {
    await admin.open();
    await admin.tab("privacy");
    await admin.saveRetention("1");
    const run = await admin.runRetention();
    expect(run.text).toMatch(run.due === 0 ? /Inga kontaktuppgifter/ : /raderas för gott/);
    expect(run.result).toMatch(run.due === 0 ? /Inget att gallra/ : new RegExp(`${run.due} grupp`));
    await spec.page.locator("[data-testid=retention-due][data-due='0']").waitFor();
  });

  it("saves both retention periods, which a reload shows", async () => {
    await admin.open();
    await admin.tab("privacy");
    // The audit log's addresses: 12 months unless changed.
    await spec.page.locator('[data-testid=address-current][data-months="12"]').waitFor();
    await admin.saveRetention("18", "6");
    await admin.open();
    await admin.tab("privacy");
    await spec.page.locator('[data-testid=retention-current][data-months="18"]').waitFor();
    await spec.page.locator('[data-testid=address-current][data-months="6"]').waitFor();
    await expect
      .poll(() => spec.page.getByTestId("field-retention-months").inputValue())
      .toBe("18");
    expect(await spec.page.getByTestId("field-address-months").inputValue()).toBe("6");
    const stored = await spec.driver.api<{ audit_address_months: number | null }>(
      "/api/admin/privacy",
    );
    expect(stored.audit_address_months).toBe(6);

    // A bad value is named at its field and nothing is saved.
    await spec.page.getByTestId("field-address-months").fill("0");
    await spec.page.getByTestId("retention-save").click();
    await spec.page.getByTestId("error-address-months").waitFor();
    await spec.driver.screenshot("admin-retention");
    const after = await spec.driver.api<{ audit_address_months: number | null }>(
      "/api/admin/privacy",
    );
    expect(after.audit_address_months).toBe(6);
  });
});

it("switches tabs with the arrow keys", async () => {
  await admin.open();
  await spec.page.getByTestId("admin-tab-accounts").focus();
  await spec.page.keyboard.press("ArrowRight");
  await spec.page.locator("[data-testid=admin-view][data-tab=audit]").waitFor();
  await spec.page.keyboard.press("End");
  await spec.page.locator("[data-testid=admin-view][data-tab=privacy]").waitFor();
  const focused = await spec.page.evaluate(() =>
    document.activeElement?.getAttribute("data-testid"),
  );
  expect(focused).toBe("admin-tab-privacy");
});

it("fits a phone: no page-wide sideways scrolling on any tab", async () => {
  await withBrowser(spec.server.origin, PHONE, "admin", async ({ page }) => {
    const phoneAdmin = createAdminDriver(page, spec.server.origin);
    await phoneAdmin.open();
    for (const tab of ["accounts", "audit", "privacy"] as const) {
      await phoneAdmin.tab(tab);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, tab).toBeLessThanOrEqual(0);
    }
  });
});

it("threw no errors in the page", () => {
  // A refused write (the 409 above) is logged by the browser as a failed resource; that is expected.
  expect(spec.session.pageErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
});
