// The account page's personal access tokens, by keyboard: a planner creates one, sees its secret
// once with how to use it in QGIS and GDAL, copies it, reads the planning layers of /ogc with it
// as a GIS program would (no browser session), finds it listed, and revokes it, after which it is
// refused.
import { describe, expect, it } from "vitest";
import { ACCOUNTS } from "../helpers/accounts.ts";
import { browserSpec } from "./spec.ts";

const spec = browserSpec({ role: "planner" });

/** A GET of the planning layer as QGIS or GDAL sends it: only the Authorization header. */
async function ogcWith(authorization: string): Promise<number> {
  const res = await fetch(`${spec.server.origin}/ogc/collections/planning_areas/items?limit=1`, {
    headers: { authorization },
  });
  await res.arrayBuffer();
  return res.status;
}

describe("personal access tokens under /konto", () => {
  it("creates a token shown once, lists it, lets a GIS client in with it, and revokes it", async () => {
    const { page } = spec;
    const { origin } = spec.server;
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    await page.goto(`${origin}/konto`);
    const section = page.getByTestId("tokens");
    await section.getByText("Du har inga token.").waitFor();

    // Create by keyboard: name, Tab to the validity, Enter.
    await page.getByTestId("token-name").focus();
    await page.keyboard.type("QGIS på min dator");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
      "token-days",
    );
    await page.keyboard.press("Control+A");
    await page.keyboard.type("30");
    await page.keyboard.press("Enter");

    // The secret, once, focused for a screen reader, with how to use it.
    const shown = page.getByTestId("token-secret");
    await shown.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
      "token-secret",
    );
    const secret = await page.getByTestId("token-secret-value").inputValue();
    expect(secret).toMatch(/^gk_[\w-]{40,}$/);
    const user = ACCOUNTS.planner.username;
    expect(await page.getByTestId("token-qgis").textContent()).toContain(`${origin}/ogc`);
    expect(await page.getByTestId("token-qgis").textContent()).toContain(user);
    expect(await page.getByTestId("token-gdal-basic").textContent()).toBe(
      `GDAL_HTTP_AUTH=BASIC GDAL_HTTP_USERPWD='${user}:${secret}' ogrinfo OAPIF:${origin}/ogc`,
    );
    expect(await page.getByTestId("token-gdal-bearer").textContent()).toBe(
      `GDAL_HTTP_HEADERS='Authorization: Bearer ${secret}' ogrinfo OAPIF:${origin}/ogc`,
    );
    await page.getByTestId("token-copy").click();
    await page.getByTestId("token-copy-status").getByText("Token är kopierad.").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await spec.driver.screenshot("account-token-created");

    // A GIS client gets in with it, as Bearer and as Basic (username + token); not without.
    expect(await ogcWith(`Bearer ${secret}`)).toBe(200);
    const basic = Buffer.from(`${user}:${secret}`).toString("base64");
    expect(await ogcWith(`Basic ${basic}`)).toBe(200);
    expect(await ogcWith("Bearer gk_not-a-real-token")).toBe(401);

    // Saved: the secret is gone from the page, and stays gone after a reload; the list has it.
    await page.getByTestId("token-done").click();
    expect(await shown.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
      "token-name",
    );
    await page.reload();
    const row = page.getByTestId("token-row");
    await row.waitFor();
    expect(await page.locator("main").textContent()).not.toContain(secret);
    const cells = await row.locator("th, td").allTextContents();
    const today = new Date();
    const later = new Date(today.getTime() + 30 * 86_400_000);
    const day = (d: Date) =>
      new Intl.DateTimeFormat("sv-SE", { dateStyle: "medium", timeZone: "UTC" }).format(d);
    expect(cells.slice(0, 5)).toEqual([
      "QGIS på min dator",
      `${secret.slice(0, 9)}…`,
      day(today),
      day(later),
      // Used just now, by the requests above.
      day(today),
    ]);

    // Revoke, with a confirmation that starts on Cancel.
    await row.getByTestId("token-revoke").focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByTestId("revoke-dialog");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("Återkalla token QGIS på min dator?");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
      "confirm-cancel",
    );
    await spec.driver.screenshot("account-token-revoke");
    await dialog.getByTestId("confirm-ok").click();
    await page
      .getByTestId("tokens-notice")
      .getByText("Token QGIS på min dator är återkallad.")
      .waitFor();
    expect(await page.getByTestId("token-row").count()).toBe(0);
    expect(await ogcWith(`Bearer ${secret}`)).toBe(401);
    expect(spec.session.pageErrors).toEqual([]);
  });

  it("says what is wrong with the form, and nothing is created", async () => {
    const { page } = spec;
    await page.goto(`${spec.server.origin}/konto`);
    await page.getByTestId("token-name").waitFor();
    const before = await spec.driver.api<{ tokens: unknown[] }>("/api/auth/tokens");
    await page.getByTestId("token-days").fill("400");
    await page.getByTestId("token-create").click();
    expect(await page.getByTestId("token-error-name").textContent()).toBe("Ge token ett namn.");
    expect(await page.getByTestId("token-error-days").textContent()).toBe("Ange ett heltal 1–365.");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
      "token-name",
    );
    const after = await spec.driver.api<{ tokens: unknown[] }>("/api/auth/tokens");
    expect(after.tokens).toEqual(before.tokens);
  });
});
