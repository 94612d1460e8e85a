// Domain actions for accounts in the browser: the login form (by mouse or keyboard alone), the
// account menu and logout, the forced password change, and what the nav offers the current user.
import type { Page } from "./browser.ts";

export function createAuthDriver(page: Page, origin: string) {
  async function fillLogin(username: string, password: string) {
    await page.getByTestId("login-username").fill(username);
    await page.getByTestId("login-password").fill(password);
  }

  return {
    /** Opens the login page, optionally with the page to come back to. */
    async openLogin(next?: string) {
      await page.goto(`${origin}/logga-in${next ? `?next=${encodeURIComponent(next)}` : ""}`);
      await page.getByTestId("login-username").waitFor();
    },

    /** Submits the form; waits until the page has left /logga-in. */
    async login(username: string, password: string) {
      await fillLogin(username, password);
      await page.getByTestId("login-submit").click();
      await page.waitForURL((u) => u.pathname !== "/logga-in");
    },

    /** Submits a login that must be refused; the error the page shows. */
    async loginRefused(username: string, password: string): Promise<string> {
      const error = page.getByTestId("login-error");
      const before = Number(await error.getAttribute("data-refused"));
      await fillLogin(username, password);
      await page.getByTestId("login-submit").click();
      await page.waitForFunction(
        (n) =>
          Number(
            document.querySelector("[data-testid=login-error]")?.getAttribute("data-refused"),
          ) > n,
        before,
      );
      return (await error.textContent()) ?? "";
    },

    /** The data-testid of the element that has the focus. */
    focused: () => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? ""),

    /** The nav's links (their test ids, e.g. nav-prioritering) in order. */
    async navLinks(): Promise<string[]> {
      return page.$$eval(".nav__link", (els) =>
        els.map((e) => e.getAttribute("data-testid") ?? ""),
      );
    },

    /** Who the header says is logged in: name and role label, or null for the public. */
    async whoIsLoggedIn(): Promise<{ name: string; role: string } | null> {
      const menu = page.getByTestId("user-menu");
      if ((await menu.count()) === 0) return null;
      return {
        name: (await page.getByTestId("user-name").textContent()) ?? "",
        role: (await page.getByTestId("user-role").textContent()) ?? "",
      };
    },

    /** Logs out through the account menu in the header. */
    async logout() {
      await page.getByTestId("user-menu-toggle").click();
      await page.getByTestId("logout").click();
      await page.getByTestId("login-link").waitFor();
    },

    /** Fills the (forced or voluntary) password form and submits it. */
    async changePassword(current: string, next: string, repeat = next) {
      await page.getByTestId("password-current").fill(current);
      await page.getByTestId("password-next").fill(next);
      await page.getByTestId("password-repeat").fill(repeat);
      await page.getByTestId("password-submit").click();
    },

    /** Forgets the browser's session (as when it expires on the server). */
    forgetSession: () => page.context().clearCookies(),
  };
}
