// Accounts in a real browser: the login form (wrong then right password, too many attempts, no
// network, keyboard alone, a phone), what each role's nav offers and the message a role gets on a
// page it may not use, logout back to the public pages, the forced password change, and an
// expired session turning into a login prompt rather than an error.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ACCOUNTS } from "../helpers/accounts.ts";
import { createAuthDriver } from "./auth-driver.ts";
import { PHONE } from "./browser.ts";
import { createPlannerDriver } from "./planner-driver.ts";
import { browserSpec, withBrowser } from "./spec.ts";

const TEMPORARY = { username: "ny-planerare", password: "tillfälligt-1" };
const CHOSEN = "mitt-eget-lösenord-42";
const GUESSED = { username: "gissad", password: "gissa-inte-1234" };

const PUBLIC_NAV = ["nav-map", "nav-loften", "nav-rapporter"];
const PLANNER_NAV = [
  ...PUBLIC_NAV,
  "nav-karta",
  "nav-prioritering",
  "nav-registrera",
  "nav-import",
  "nav-uppfoljning",
  "nav-polis",
];
const POLICE_NAV = [...PUBLIC_NAV, "nav-karta", "nav-uppfoljning", "nav-polis"];

const spec = browserSpec({
  accounts: [
    { ...TEMPORARY, display_name: "Nya Planeraren", role: "planner", must_change_password: true },
    { ...GUESSED, role: "planner" },
  ],
});
let auth: ReturnType<typeof createAuthDriver>;

beforeAll(() => {
  auth = createAuthDriver(spec.page, spec.server.origin);
});

beforeEach(async () => {
  // Leave the last test's page first, so none of its requests outlives the session.
  await spec.page.goto("about:blank");
  await auth.forgetSession();
  // Each test checks its own page errors (some provoke a 401 or 429 on purpose).
  spec.session.pageErrors.length = 0;
});

describe("logging in through the form", () => {
  it("says a wrong password in words, then logs in and comes back to the page asked for", async () => {
    const { page } = spec;
    await page.goto(`${spec.server.origin}/prioritering?w_dna=7`);
    await page.getByTestId("auth-required").waitFor();
    expect(await auth.navLinks()).toEqual(PUBLIC_NAV);
    await spec.driver.screenshot("auth-login-required");
    await page.getByTestId("gate-login").click();
    await page.getByTestId("login-view").waitFor();
    expect(new URL(page.url()).searchParams.get("next")).toBe("/prioritering?w_dna=7");
    expect(await auth.focused()).toBe("login-username");

    const error = await auth.loginRefused(ACCOUNTS.planner.username, "fel-lösenord");
    expect(error).toContain("Fel användarnamn eller lösenord");
    // The password is cleared and focused, ready for another try.
    expect(await auth.focused()).toBe("login-password");
    expect(await page.getByTestId("login-password").inputValue()).toBe("");
    expect(await page.getByTestId("login-password").getAttribute("aria-invalid")).toBe("true");
    await spec.driver.screenshot("auth-login-wrong-password");

    await auth.login(ACCOUNTS.planner.username, ACCOUNTS.planner.password);
    expect(new URL(page.url()).pathname).toBe("/prioritering");
    expect(new URL(page.url()).search).toBe("?w_dna=7");
    await createPlannerDriver(spec.driver, spec.server.origin).waitForRanking();
    expect(await auth.navLinks()).toEqual(PLANNER_NAV);
    expect(await auth.whoIsLoggedIn()).toEqual({ name: "planerare", role: "(Planerare)" });
    await spec.driver.screenshot("auth-planner-logged-in");
    expect(spec.session.pageErrors.filter((e) => !/401/.test(e))).toEqual([]);
  });

  it("tells how long to wait after too many attempts, and when the server cannot be reached", async () => {
    const { page } = spec;
    // Five failures for one name, made directly; the sixth is refused before the password is read.
    for (let i = 0; i < 5; i++) {
      const res = await page.request.post(`${spec.server.origin}/api/auth/login`, {
        data: { username: "okänd", password: `gissning-${i}` },
      });
      expect(res.status()).toBe(401);
    }
    await auth.openLogin();
    const wait = await auth.loginRefused("okänd", "gissning-6");
    expect(wait).toMatch(/^För många misslyckade försök\. Vänta 15 minuter/);

    await page.route("**/api/auth/login", (route) => route.abort("internetdisconnected"));
    try {
      const offline = await auth.loginRefused(ACCOUNTS.planner.username, "vad-som-helst");
      expect(offline).toContain("Kunde inte nå servern");
      // The same in English.
      await spec.driver.switchLanguage("en");
      expect(await auth.loginRefused(ACCOUNTS.planner.username, "vad-som-helst")).toContain(
        "Could not reach the server",
      );
      expect(await page.getByTestId("login-submit").textContent()).toBe("Log in");
      await spec.driver.switchLanguage("sv");
    } finally {
      await page.unroute("**/api/auth/login");
    }
  });

  it("works with the keyboard alone", async () => {
    const { page } = spec;
    await auth.openLogin();
    expect(await auth.focused()).toBe("login-username");
    await page.keyboard.type(ACCOUNTS.police.username);
    await page.keyboard.press("Tab");
    expect(await auth.focused()).toBe("login-password");
    await page.keyboard.type(ACCOUNTS.police.password);
    await page.keyboard.press("Enter");
    await page.getByTestId("user-menu").waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
    // The account menu opens and logs out from the keyboard too.
    await page.getByTestId("user-menu-toggle").focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("logout").focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("login-link").waitFor();
  });

  it("offers a logged-in user 'continue' only to a page on this site", async () => {
    const { page } = spec;
    await spec.driver.loginAs("police");
    // A tab (or newline) after the first slash: the browser drops it, which makes '//host'.
    for (const next of [
      "%2F%09%2Fevil.example%2F",
      "%2F%0A%2Fevil.example%2F",
      "%2F%5Cevil.example",
    ]) {
      await page.goto(`${spec.server.origin}/logga-in?next=${next}`);
      const link = page.getByTestId("login-already").getByRole("link");
      await link.waitFor();
      const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
      expect(new URL(href).origin).toBe(spec.server.origin);
    }
    await page.goto(`${spec.server.origin}/logga-in?next=%2Fpolis%2F%09narvaro`);
    const link = page.getByTestId("login-already").getByRole("link");
    expect(await link.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(
      `${spec.server.origin}/polis/narvaro`,
    );
  });
});

describe("roles", () => {
  it("shows the police no planner views and a clear message on the ranking page", async () => {
    const { page } = spec;
    await spec.driver.loginAs("police");
    await page.goto(`${spec.server.origin}/`);
    await page.getByTestId("user-menu").waitFor();
    expect(await auth.navLinks()).toEqual(POLICE_NAV);
    expect(await auth.whoIsLoggedIn()).toEqual({ name: "polis", role: "(Polis)" });

    await page.goto(`${spec.server.origin}/prioritering`);
    const gate = page.getByTestId("auth-forbidden");
    await gate.waitFor();
    const text = (await gate.textContent()) ?? "";
    expect(text).toContain("inte tillgänglig för din roll");
    expect(text).toContain("Polis");
    expect(text).toContain("Planerare, Administratör");
    expect(await gate.getByTestId("gate-login").getAttribute("href")).toBe(
      "/logga-in?next=%2Fprioritering",
    );
    await spec.driver.screenshot("auth-police-forbidden");

    // The follow-up is theirs to read, not to edit.
    await page.getByTestId("nav-uppfoljning").click();
    await page.getByTestId("follow-promise").first().waitFor();
    expect(await page.getByRole("button", { name: "Ändra" }).count()).toBe(0);
    expect(await page.getByTestId("message-form").count()).toBe(0);
    // All three police tabs.
    await page.getByTestId("nav-polis").click();
    await page.getByTestId("police-tab-narvaro").waitFor();
    expect(await page.getByTestId("police-tab-tackning").count()).toBe(1);
    expect(spec.session.pageErrors).toEqual([]);
  });

  it("logs the current account out before 'log in with another account' shows the login form", async () => {
    const { page } = spec;
    await spec.driver.loginAs("police");
    await page.goto(`${spec.server.origin}/prioritering`);
    await page.getByTestId("auth-forbidden").waitFor();
    await page.getByTestId("gate-login").click();
    await page.getByTestId("login-view").waitFor();
    await page.getByTestId("user-menu").waitFor({ state: "detached" });
    expect(new URL(page.url()).searchParams.get("next")).toBe("/prioritering");
    // Logged out on the server, not only in the page.
    const res = await page.request.get(`${spec.server.origin}/api/auth/session`);
    expect(((await res.json()) as { user: unknown }).user).toBeNull();
    expect(await page.getByTestId("login-already").count()).toBe(0);

    await auth.login(ACCOUNTS.planner.username, ACCOUNTS.planner.password);
    expect(new URL(page.url()).pathname).toBe("/prioritering");
    await createPlannerDriver(spec.driver, spec.server.origin).waitForRanking();
    expect(await auth.whoIsLoggedIn()).toEqual({ name: "planerare", role: "(Planerare)" });
    expect(spec.session.pageErrors).toEqual([]);
  });

  it("gives planners the shared lägesbild but not the police's presence log", async () => {
    const { page } = spec;
    await spec.driver.loginAs("planner");
    await page.goto(`${spec.server.origin}/`);
    await page.getByTestId("nav-polis").click();
    await page.locator("[data-testid=police-view][data-tab=lagesbild]").waitFor();
    // The demo's weeks are in 2018–2019; the view opens on the twelve months up to today.
    await page.goto(`${spec.server.origin}/polis/lagesbild?from=2019-01-01&to=2019-12-31`);
    await page.getByTestId("flag-bands").first().waitFor();
    expect(await page.getByTestId("nav-polis").textContent()).toBe("Lägesbild");
    expect(await page.getByTestId("police-tab-narvaro").count()).toBe(0);
    expect(await page.getByTestId("police-tab-tackning").count()).toBe(0);
    // The newest week's flagged areas: reached or not in each band, never the police's minutes.
    const bands = await page.getByTestId("flag-bands").allTextContents();
    expect(bands.length).toBeGreaterThan(0);
    for (const b of bands) {
      expect(b).toMatch(/[✓✗]/);
      expect(b).not.toMatch(/\d+ min/);
    }
    await page.goto(`${spec.server.origin}/polis/narvaro`);
    await page.getByTestId("auth-forbidden").waitFor();
    expect(spec.session.pageErrors).toEqual([]);
  });

  it("gives the admin the admin page besides the planners' views", async () => {
    const { page } = spec;
    await spec.driver.loginAs("admin");
    await page.goto(`${spec.server.origin}/`);
    await page.getByTestId("user-menu").waitFor();
    expect(await auth.navLinks()).toEqual([...PLANNER_NAV, "nav-admin"]);
    await spec.driver.screenshot("auth-admin-header");
  });
});

describe("logging out and expired sessions", () => {
  it("logout returns to the public pages", async () => {
    const { page } = spec;
    await spec.driver.loginAs("planner");
    await page.goto(`${spec.server.origin}/karta`);
    await page.getByTestId("user-menu").waitFor();
    // The account menu also leads to changing one's password.
    await page.getByTestId("user-menu-toggle").click();
    await page.getByTestId("password-link").click();
    await page.getByTestId("password-view").waitFor();
    expect(await auth.focused()).toBe("password-current");
    await auth.logout();
    expect(new URL(page.url()).pathname).toBe("/");
    await page.getByTestId("public-map").waitFor();
    expect(await auth.navLinks()).toEqual(PUBLIC_NAV);
    expect(await auth.whoIsLoggedIn()).toBeNull();
    // The session is gone on the server too.
    const res = await page.request.get(`${spec.server.origin}/api/auth/session`);
    expect(((await res.json()) as { user: unknown }).user).toBeNull();
    await page.goBack();
    await page.getByTestId("auth-required").waitFor();
  });

  it("an expired session asks for the password in place, not with an error", async () => {
    const { page } = spec;
    await spec.driver.loginAs("planner");
    await page.goto(`${spec.server.origin}/uppfoljning`);
    await page.getByTestId("follow-promise").first().waitFor();
    await auth.forgetSession();
    // The app still believes in the session; its next request is refused with 401.
    await page.getByTestId("nav-prioritering").click();
    const prompt = page.getByTestId("auth-expired");
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain("Din inloggning har gått ut");
    expect(await page.getByTestId("login-username").inputValue()).toBe(ACCOUNTS.planner.username);
    expect(await auth.focused()).toBe("login-password");
    expect(await auth.navLinks()).toEqual(PUBLIC_NAV);
    await spec.driver.screenshot("auth-session-expired");
    await page.keyboard.type(ACCOUNTS.planner.password);
    await page.keyboard.press("Enter");
    await createPlannerDriver(spec.driver, spec.server.origin).waitForRanking();
    expect(new URL(page.url()).pathname).toBe("/prioritering");
    expect(await prompt.count()).toBe(0);
  });

  it("keeps what was typed into a form when the session expires before it is sent", async () => {
    const { page } = spec;
    await spec.driver.loginAs("planner");
    await page.goto(`${spec.server.origin}/uppfoljning`);
    const form = page.getByTestId("message-form");
    await form.waitFor();
    const before = await spec.driver.api<{ messages: unknown[] }>("/api/messages");
    await form.getByTestId("field-sent_on").fill("2019-08-15");
    await form.getByTestId("field-subject").fill("Höstmörkret: tänd lampor när du är bortrest");
    await auth.forgetSession();
    await form.locator("button[type=submit]").click();
    await page.getByTestId("auth-expired").waitFor();
    await auth.login(ACCOUNTS.planner.username, ACCOUNTS.planner.password);
    await page.getByTestId("auth-expired").waitFor({ state: "detached" });
    expect(await form.getByTestId("field-subject").inputValue()).toBe(
      "Höstmörkret: tänd lampor när du är bortrest",
    );
    await form.locator("button[type=submit]").click();
    await form.getByRole("status").waitFor();
    const after = await spec.driver.api<{ messages: unknown[] }>("/api/messages");
    expect(after.messages.length).toBe(before.messages.length + 1);
  });
});

describe("a temporary password", () => {
  it("must be changed before anything else, and the new one works", async () => {
    const { page } = spec;
    await auth.openLogin();
    await auth.login(TEMPORARY.username, TEMPORARY.password);
    // With no page asked for, straight to the password form, not to the public map.
    await page.getByTestId("password-forced").waitFor();
    expect(new URL(page.url()).pathname).toBe("/konto");
    expect(await auth.focused()).toBe("password-current");
    // Every page but the public ones shows the form until the password is changed.
    expect(await auth.navLinks()).toEqual(PUBLIC_NAV);
    await page.goto(`${spec.server.origin}/prioritering`);
    await page.getByTestId("password-forced").waitFor();
    await page.getByTestId("nav-loften").click();
    await page.getByTestId("promise-list").waitFor();
    await page.goBack();
    await page.getByTestId("password-forced").waitFor();
    await spec.driver.screenshot("auth-password-forced");

    await auth.changePassword(TEMPORARY.password, "kort");
    expect(await page.getByTestId("password-error-next").textContent()).toContain(
      "minst 10 tecken",
    );
    expect(await auth.focused()).toBe("password-next");
    await auth.changePassword("fel-nuvarande", CHOSEN);
    await page.getByTestId("password-error-current").waitFor();
    expect(await auth.focused()).toBe("password-current");
    await auth.changePassword(TEMPORARY.password, CHOSEN, `${CHOSEN}x`);
    expect(await page.getByTestId("password-error-repeat").textContent()).toContain(
      "inte likadana",
    );

    await auth.changePassword(TEMPORARY.password, CHOSEN);
    await createPlannerDriver(spec.driver, spec.server.origin).waitForRanking();
    expect(await page.getByTestId("password-forced").count()).toBe(0);
    expect(await auth.whoIsLoggedIn()).toEqual({ name: "Nya Planeraren", role: "(Planerare)" });

    await auth.logout();
    await auth.openLogin();
    expect(await auth.loginRefused(TEMPORARY.username, TEMPORARY.password)).toContain(
      "Fel användarnamn",
    );
    await auth.login(TEMPORARY.username, CHOSEN);
    await page.getByTestId("user-menu").waitFor();
    expect(await page.getByTestId("password-forced").count()).toBe(0);
  });
});

describe("changing one's password", () => {
  it("tells how long to wait after five wrong current passwords", async () => {
    const { page } = spec;
    await auth.openLogin();
    await auth.login(GUESSED.username, GUESSED.password);
    await page.getByTestId("user-menu").waitFor();
    await page.goto(`${spec.server.origin}/konto`);
    for (let i = 0; i < 5; i++) {
      await auth.changePassword(`fel-${i}-nuvarande`, CHOSEN);
      await page.getByTestId("password-error-current").waitFor();
    }
    await auth.changePassword(GUESSED.password, CHOSEN);
    const general = page.getByTestId("password-error");
    await general.waitFor();
    expect(await general.textContent()).toBe(
      "För många misslyckade försök. Vänta 15 minuter och försök igen.",
    );
  });
});

describe("on a phone", () => {
  it("logs in and shows the planner's views behind the menu, everything within 375 px", async () => {
    await withBrowser(spec.server.origin, PHONE, null, async ({ page, driver: d, session }) => {
      const a = createAuthDriver(page, spec.server.origin);
      const fits = createPlannerDriver(d, spec.server.origin).overflowing;
      await a.openLogin();
      expect((await fits()).out).toEqual([]);
      await page.getByTestId("login-username").fill(ACCOUNTS.planner.username);
      await page.getByTestId("login-password").fill(ACCOUNTS.planner.password);
      const box = await page.getByTestId("login-submit").boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);
      await d.screenshot("phone-auth-login");
      await page.getByTestId("login-submit").tap();
      await page.getByTestId("user-menu").waitFor();
      const { out, scrollWidth } = await fits();
      expect(out).toEqual([]);
      expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
      await page.getByTestId("user-menu-toggle").tap();
      await page.getByTestId("logout").waitFor();
      expect((await fits()).out).toEqual([]);
      await d.screenshot("phone-auth-account-menu");
      await page.getByTestId("user-menu-toggle").tap();
      await page.getByTestId("nav-toggle").tap();
      expect(await page.getByTestId("nav-prioritering").isVisible()).toBe(true);
      expect(session.pageErrors).toEqual([]);
    });
  });
});
