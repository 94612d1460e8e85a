// A planner of one kommun in a deployment of the whole police area (issue 15): a planner of Lomma
// logs in through the form, sees Lomma's ranking alone (no kommun to choose, just its name),
// records an information session in Lomma's top area and sees its score drop. And a planner of
// two kommuner follows a link to Lomma's ranking: it opens on Lomma, and the choice switches it.
// An administrator of Lomma has the accounts and the audit log, not the privacy tab (it spans every
// kommun and is the police area's administrator's).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createAuthDriver } from "./auth-driver.ts";
import { createPlannerDriver } from "./planner-driver.ts";
import { browserSpec } from "./spec.ts";

const LOMMA = "1262";
const STAFFANSTORP = "1230";
const LOMMA_PLANNER = { username: "lomma-planerare", password: "lomma-lösen-123" };
const TWO_KOMMUNER = { username: "sydvast-planerare", password: "sydvast-lösen-123" };
const LOMMA_ADMIN = { username: "lomma-admin", password: "lomma-admin-lösen-1" };

/** The embedded areas the server was seeded from: each kommun's area names, from the file. */
const AREAS = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../../data/areas.geojson"), "utf8"),
) as GeoJSON.FeatureCollection<GeoJSON.Geometry, { name: string; kommun: string }>;
const namesOf = (kommun: string) =>
  AREAS.features
    .filter((f) => f.properties.kommun === kommun)
    .map((f) => f.properties.name)
    .sort();

const spec = browserSpec({
  accounts: [
    { ...LOMMA_PLANNER, role: "planner" },
    { ...TWO_KOMMUNER, role: "planner" },
    { ...LOMMA_ADMIN, role: "admin" },
  ],
  kommuner: {
    [LOMMA_PLANNER.username]: [LOMMA],
    [TWO_KOMMUNER.username]: [STAFFANSTORP, LOMMA],
    [LOMMA_ADMIN.username]: [LOMMA],
  },
});
let planner: ReturnType<typeof createPlannerDriver>;
let auth: ReturnType<typeof createAuthDriver>;

beforeAll(() => {
  planner = createPlannerDriver(spec.driver, spec.server.origin);
  auth = createAuthDriver(spec.page, spec.server.origin);
});

const today = () => new Date().toISOString().slice(0, 10);

describe("a planner of Lomma", () => {
  it("ranks Lomma's areas and records an information session in Lomma", async () => {
    const { page } = spec;
    // Lomma has 12 valdistrikt (SOURCES-lpo.md); the file is what the server was seeded from.
    const lomma = namesOf(LOMMA);
    expect(lomma).toHaveLength(12);

    await auth.openLogin("/prioritering");
    await auth.login(LOMMA_PLANNER.username, LOMMA_PLANNER.password);
    expect(new URL(page.url()).pathname).toBe("/prioritering");
    await planner.waitForRanking();

    // One kommun: nothing to choose, the kommun named.
    expect(await page.getByTestId("kommun-select").count()).toBe(0);
    expect(await page.getByTestId("kommun-name").textContent()).toBe("Kommun: Lomma");
    const before = await planner.rankingRows();
    expect(before.map((r) => r.name).sort()).toEqual(lomma);
    expect(before.every((r) => r.id.startsWith(LOMMA))).toBe(true);
    // The map outlines Lomma's top three.
    expect((await planner.topOnMap()).outlined).toEqual(before.slice(0, 3).map((r) => r.id));
    await spec.driver.screenshot("kommun-lomma-ranking");

    const top = before.find((r) => r.score !== null);
    if (!top || top.score === null) throw new Error("no ranked area in Lomma");
    await planner.selectRow(top.name);
    await planner.openSessionForm();
    // The form is Lomma's: the link carried the kommun, and the area list holds Lomma's areas.
    const url = new URL(page.url());
    expect(url.pathname).toBe("/registrera");
    expect(url.searchParams.get("kommun")).toBe(LOMMA);
    expect(url.searchParams.get("omrade")).toBe(top.id);
    const options = await page
      .getByTestId("field-area_id")
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(options.length).toBe(12);
    expect(options.every((id) => id.startsWith(LOMMA))).toBe(true);

    expect(await planner.pickPointIn(top.name)).toBe(top.id);
    await planner.fillSession({ date: today(), attendees: "18", kits: "7" });
    await planner.save();
    await page.getByTestId("record-message").waitFor();
    expect(await page.getByTestId("record-item").first().textContent()).toContain(top.name);
    const { visits } = await spec.driver.api<{ visits: { area_id: string; date: string }[] }>(
      `/api/visits?area_id=${top.id}`,
    );
    expect(visits.some((v) => v.date === today())).toBe(true);
    await spec.driver.screenshot("kommun-lomma-recorded");

    // Back to Lomma's ranking: the area's score dropped.
    await page.goBack();
    await planner.waitForRanking();
    const after = await planner.rankingRows();
    expect(after.map((r) => r.name).sort()).toEqual(lomma);
    expect(after.find((r) => r.id === top.id)?.score).toBeLessThan(top.score);
    await auth.logout();
  });
});

describe("a planner of two kommuner", () => {
  it("opens Lomma's ranking from a link to it, and switches to Staffanstorp's", async () => {
    const { page } = spec;
    await auth.openLogin(`/prioritering?kommun=${LOMMA}`);
    await auth.login(TWO_KOMMUNER.username, TWO_KOMMUNER.password);
    await planner.waitForRanking();
    const select = page.getByTestId("kommun-select");
    expect(await select.inputValue()).toBe(LOMMA);
    // Only the planner's own kommuner are offered, and not the whole police area.
    expect(
      await select.locator("option").evaluateAll((os) => os.map((o) => o.textContent)),
    ).toEqual(["Staffanstorp", "Lomma"]);
    expect((await planner.rankingRows()).map((r) => r.name).sort()).toEqual(namesOf(LOMMA));

    // The keyboard way: focus the select and move to the other kommun.
    await select.focus();
    await select.selectOption(STAFFANSTORP);
    await page.waitForFunction(
      (k) => new URLSearchParams(window.location.search).get("kommun") === k,
      STAFFANSTORP,
    );
    await page.waitForFunction(
      (n) => document.querySelectorAll("[data-testid=ranking-row]").length === n,
      namesOf(STAFFANSTORP).length,
    );
    await planner.waitForRanking();
    expect((await planner.rankingRows()).map((r) => r.name).sort()).toEqual(namesOf(STAFFANSTORP));
    await spec.driver.screenshot("kommun-two-ranking");
    await auth.logout();
  });
});

describe("an administrator of Lomma", () => {
  it("has the accounts and the audit log, and no privacy tab, even from a link to it", async () => {
    const { page } = spec;
    await auth.openLogin("/admin?flik=privacy");
    await auth.login(LOMMA_ADMIN.username, LOMMA_ADMIN.password);
    await page.getByTestId("accounts-table").waitFor();
    // The link's tab is not theirs: the view opens on the accounts.
    expect(await page.getByTestId("admin-view").getAttribute("data-tab")).toBe("accounts");
    expect(
      await page.getByRole("tab").evaluateAll((tabs) => tabs.map((t) => t.textContent)),
    ).toEqual(["Konton", "Händelselogg"]);
    expect(await page.getByTestId("admin-privacy").count()).toBe(0);
    // End moves to the last of their tabs, the audit log.
    await page.getByTestId("admin-tab-accounts").focus();
    await page.keyboard.press("End");
    await page.locator("[data-testid=admin-view][data-tab=audit]").waitFor();
    // What they manage, in words; no button to disable their own account (the server refuses it).
    expect(
      await page.getByTestId("admin-accounts").locator(".admin-intro").first().textContent(),
    ).toMatch(/Du hanterar konton som arbetar för dina kommuner/);
    const own = page.locator(`[data-testid=account-row][data-username="${LOMMA_ADMIN.username}"]`);
    expect(await own.getByTestId("account-disable").count()).toBe(0);
    // The planner of Staffanstorp and Lomma is not theirs to manage, but shown, read only.
    const shared = page.getByTestId("shared-account");
    expect(
      await shared.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.username)),
    ).toEqual([TWO_KOMMUNER.username]);
    expect(await shared.locator("td").allTextContents()).toEqual([
      TWO_KOMMUNER.username,
      "Planerare",
      "Staffanstorp, Lomma",
      "Aktivt",
    ]);
    expect(await shared.locator("button, select, input").count()).toBe(0);
    // The police work for the whole police area: not a role a kommun's administrator can give.
    const roles = await page
      .getByTestId("account-create")
      .getByTestId("field-role")
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(roles).toEqual(["planner", "admin"]);
    // The server agrees: privacy is refused to them.
    const res = await page.request.get(`${spec.server.origin}/api/admin/privacy`);
    expect(res.status()).toBe(403);
    await auth.logout();
  });
});
