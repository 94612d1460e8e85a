// Every view, as each role sees it, checked by axe-core against WCAG 2.2 A and AA (names and
// labels, contrast, ARIA, landmarks, headings): the public pages without a login, then the
// planner's, the police's and the admin's views. A violation fails with its rule, impact and the
// elements it names.
import { describe, expect, it } from "vitest";
import type { Role } from "../../server/auth/roles.ts";
import { violations } from "./axe.ts";
import { PHONE } from "./browser.ts";
import { browserSpec, withBrowser } from "./spec.ts";

const spec = browserSpec();

const VIEWS: { role: Role | null; paths: string[] }[] = [
  { role: null, paths: ["/", "/loften", "/rapporter", "/rapporter/2019-Q4", "/logga-in"] },
  {
    role: "planner",
    paths: ["/karta", "/prioritering", "/registrera", "/import", "/uppfoljning", "/konto"],
  },
  { role: "police", paths: ["/polis/narvaro", "/polis/tackning", "/polis/lagesbild"] },
  { role: "admin", paths: ["/admin"] },
];

describe("accessibility (axe-core, WCAG 2.2 AA)", () => {
  for (const { role, paths } of VIEWS) {
    it(`finds nothing in the views of ${role ?? "the public"}`, async () => {
      const { page } = spec;
      if (role) await spec.driver.loginAs(role);
      const found: string[] = [];
      for (const path of paths) {
        await page.goto(`${spec.server.origin}${path}`);
        await page.locator("main").first().waitFor();
        found.push(...(await violations(page, path)));
      }
      expect(found).toEqual([]);
    });
  }

  it("finds nothing on a phone, in Swedish and in English, with the list open", async () => {
    const found = await withBrowser(spec.server.origin, PHONE, "planner", async ({ page }) => {
      const lines: string[] = [];
      for (const path of ["/", "/karta"]) {
        await page.goto(`${spec.server.origin}${path}`);
        await page.getByTestId("area-list-toggle").click();
        lines.push(...(await violations(page, `${path} (phone)`)));
        await page.getByTestId("lang-en").click();
        await page.locator("html[lang=en]").waitFor();
        lines.push(...(await violations(page, `${path} (phone, English)`)));
        await page.getByTestId("lang-sv").click();
      }
      return lines;
    });
    expect(found).toEqual([]);
  });

  it("finds nothing on the admin's audit and privacy tabs", async () => {
    const { page } = spec;
    const found: string[] = [];
    for (const tab of ["audit", "privacy"]) {
      await page.getByTestId(`admin-tab-${tab}`).click();
      await page.locator(`[data-testid=admin-view][data-tab=${tab}]`).waitFor();
      found.push(...(await violations(page, `/admin (${tab})`)));
    }
    expect(found).toEqual([]);
  });

  it("finds nothing on the account page with a new token shown, nor in its revoke dialog", async () => {
    const { page } = spec;
    await spec.driver.loginAs("planner");
    await page.goto(`${spec.server.origin}/konto`);
    await page.getByTestId("token-name").fill("Tillgänglighet");
    await page.getByTestId("token-create").click();
    await page.getByTestId("token-secret").waitFor();
    const found = await violations(page, "/konto (new token)");
    await page.getByTestId("token-done").click();
    await page.getByTestId("token-revoke").first().click();
    await page.getByTestId("revoke-dialog").waitFor();
    found.push(...(await violations(page, "/konto (revoke dialog)")));
    await page.getByTestId("confirm-ok").click();
    await page.getByTestId("token-row").first().waitFor({ state: "detached" });
    expect(found).toEqual([]);
  });

  it("finds nothing on a report and the promises in English", async () => {
    const { page } = spec;
    const found: string[] = [];
    for (const path of ["/loften", "/rapporter/2018-Q4"]) {
      await page.goto(`${spec.server.origin}${path}`);
      await page.locator("main").first().waitFor();
      await page.getByTestId("lang-en").click();
      await page.locator("html[lang=en]").waitFor();
      found.push(...(await violations(page, `${path} (English)`)));
      await page.getByTestId("lang-sv").click();
    }
    expect(found).toEqual([]);
  });
});
