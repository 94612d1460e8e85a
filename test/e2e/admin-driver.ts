// Domain actions on /admin: switch tab, create an account and read its one-time password, disable
// an account, filter the audit log, save the retention period, export a person's data as a file.
import { readFile } from "node:fs/promises";
import type { Role } from "../../server/auth/roles.ts";
import type { Page } from "./browser.ts";

export type AdminTab = "accounts" | "audit" | "privacy";

export function createAdminDriver(page: Page, origin: string) {
  const row = (username: string) =>
    page.locator(`[data-testid=account-row][data-username="${username}"]`);

  return {
    async open() {
      await page.goto(`${origin}/admin`);
      await page.getByTestId("admin-view").waitFor();
      await page.getByTestId("accounts-table").waitFor();
    },

    async tab(tab: AdminTab) {
      await page.getByTestId(`admin-tab-${tab}`).click();
      await page.locator(`[data-testid=admin-view][data-tab=${tab}]`).waitFor();
    },

    /** Fills and submits the create form; the temporary password shown, or null when refused. */
    async createAccount(username: string, displayName: string, role: Role) {
      const form = page.getByTestId("account-create");
      await form.getByTestId("field-username").fill(username);
      await form.getByTestId("field-display_name").fill(displayName);
      await form.getByTestId("field-role").selectOption(role);
      await page.getByTestId("account-create-submit").click();
      const shown = page.locator(`[data-testid=temp-password][data-username="${username}"]`);
      const error = form.getByTestId("error-username");
      await shown.or(error).first().waitFor();
      if (await error.isVisible()) return { password: null, error: await error.textContent() };
      return { password: await shown.getByTestId("temp-password-value").inputValue(), error: null };
    },

    /** The account's row: shown status texts and whether it is marked disabled. */
    async account(username: string) {
      const r = row(username);
      await r.waitFor();
      return {
        disabled: (await r.getAttribute("data-disabled")) === "true",
        status: ((await r.locator(".admin-status").textContent()) ?? "").trim(),
        role: await r.getByTestId("account-role").inputValue(),
      };
    },

    /** Edits the account's display name in its row and saves it with Enter. */
    async rename(username: string, name: string) {
      await row(username).getByTestId("account-name-edit").click();
      const input = row(username).getByTestId("account-name-input");
      await input.fill(name);
      await input.press("Enter");
      await input.waitFor({ state: "detached" });
    },

    async disable(username: string) {
      await row(username).getByTestId("account-disable").click();
      await page
        .locator(`[data-testid=account-row][data-username="${username}"][data-disabled=true]`)
        .waitFor();
    },

    /** Asks for a new temporary password through the confirmation dialog; the password shown. */
    async resetPassword(username: string) {
      await row(username).getByTestId("account-reset").click();
      const dialog = page.getByTestId("confirm-dialog");
      await dialog.getByTestId("confirm-ok").click();
      const shown = page.locator(`[data-testid=temp-password][data-username="${username}"]`);
      await shown.waitFor();
      await dialog.waitFor({ state: "detached" });
      return shown.getByTestId("temp-password-value").inputValue();
    },

    /** Erases by name after the typed confirmation; what the dialog named, and the result. */
    async eraseByName(name: string, word = "RADERA") {
      await page.getByTestId("field-person-name").fill(name);
      await page.getByTestId("person-erase").click();
      const dialog = page.getByTestId("erase-dialog");
      const named = (await dialog.locator("dl").textContent()) ?? "";
      const ok = dialog.getByTestId("confirm-ok");
      const enabledBefore = await ok.isEnabled();
      await dialog.getByTestId("field-erase-word").fill(word);
      await ok.click();
      await page.getByTestId("person-erased").waitFor();
      return {
        named,
        enabledBefore,
        result: (await page.getByTestId("person-erased").textContent()) ?? "",
      };
    },

    /** Runs the retention now through its confirmation; the due count before and the result. */
    async runRetention() {
      const due = Number(await page.getByTestId("retention-due").getAttribute("data-due"));
      await page.getByTestId("retention-run").click();
      const dialog = page.getByTestId("confirm-dialog");
      const text = (await dialog.textContent()) ?? "";
      await dialog.getByTestId("confirm-ok").click();
      await page.getByTestId("retention-result").filter({ hasText: /\S/ }).waitFor();
      return {
        due,
        text,
        result: (await page.getByTestId("retention-result").textContent()) ?? "",
      };
    },

    /** Searches the audit log (words, dates); the rows shown (action, entity, sentence, text). */
    async auditRows(filter: Partial<Record<"q" | "from" | "to", string>>) {
      for (const [k, v] of Object.entries(filter)) {
        await page.getByTestId(`field-audit-${k}`).fill(v);
      }
      await page.getByTestId("audit-apply").click();
      const applied = new URLSearchParams(filter).toString();
      await page
        .locator(`[data-testid=admin-audit][data-filter="${applied}"][data-loading=false]`)
        .waitFor();
      return page.getByTestId("audit-row").evaluateAll((rows) =>
        rows.map((r) => ({
          action: r.getAttribute("data-action"),
          entity: r.getAttribute("data-entity"),
          sentence: r.querySelector("[data-testid=audit-sentence]")?.textContent ?? "",
          text: r.textContent ?? "",
        })),
      );
    },

    /** Saves the contact-details period and, when given, the audit-address period. */
    async saveRetention(months: string, addressMonths?: string) {
      // The fields take the saved values when they load: fill them only after that.
      await page
        .locator("[data-testid=retention-current][data-months]:not([data-months=''])")
        .waitFor();
      await page.getByTestId("field-retention-months").fill(months);
      if (addressMonths !== undefined)
        await page.getByTestId("field-address-months").fill(addressMonths);
      await page.getByTestId("retention-save").click();
      await page.getByTestId("retention-saved").filter({ hasText: /\S/ }).waitFor();
      await page.locator(`[data-testid=retention-current][data-months="${months}"]`).waitFor();
      if (addressMonths !== undefined)
        await page
          .locator(`[data-testid=address-current][data-months="${addressMonths}"]`)
          .waitFor();
    },

    /** Searches by e-mail and exports; the downloaded file's name and text. */
    async exportPerson(email: string) {
      await page.getByTestId("field-person-email").fill(email);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("person-export").click(),
      ]);
      const path = await download.path();
      return { name: download.suggestedFilename(), text: await readFile(path, "utf8") };
    },

    /** Loads the next (older) page of the audit log; the number of rows shown then. */
    async auditOlder() {
      const before = await page.getByTestId("audit-row").count();
      await page.getByTestId("audit-older").click();
      await page.waitForFunction(
        (n) => document.querySelectorAll("[data-testid=audit-row]").length > n,
        before,
      );
      return page.getByTestId("audit-row").count();
    },

    /** Sets the retention period `times` times through the API, each write one audit entry. */
    async writeAuditEntries(times: number) {
      const session = await page.request.get(`${origin}/api/auth/session`);
      const { csrf_token } = (await session.json()) as { csrf_token: string };
      for (let i = 0; i < times; i++) {
        const res = await page.request.fetch(`${origin}/api/admin/privacy`, {
          method: "PUT",
          headers: { "x-csrf-token": csrf_token },
          data: { contact_retention_months: 1 + (i % 120) },
        });
        if (res.status() !== 200) throw new Error(`PUT privacy: ${res.status()}`);
      }
    },

    /** Status of a login with these credentials, from outside the browser (no cookies kept). */
    async loginStatus(username: string, password: string) {
      const res = await fetch(`${origin}/api/auth/login`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ username, password }),
      });
      return res.status;
    },
  };
}
