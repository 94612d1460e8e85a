// Domain actions for the safety walks' findings: record a walk with a finding in /registrera, open
// the follow-up list on /uppfoljning, read a finding's state, close it with a note.
import type { Driver } from "./driver.ts";

export interface NewFinding {
  areaId: string;
  walkDate: string;
  text: string;
  owner: string;
  dueOn: string;
}

export function createFindingsDriver(driver: Driver, origin: string) {
  const { page } = driver;
  const item = (text: string) => page.getByTestId("finding-item").filter({ hasText: text });

  return {
    item,

    /** A walk in an area (no route), with one finding, saved through the form. */
    async recordWalk(f: NewFinding) {
      await page.goto(`${origin}/registrera?typ=vandring&omrade=${f.areaId}`);
      await page.getByTestId("walk-form").waitFor();
      await page.getByTestId("field-date").fill(f.walkDate);
      await page.getByRole("button", { name: "Lägg till iakttagelse" }).click();
      await page.getByTestId("field-findings.0.text").fill(f.text);
      await page.getByTestId("field-findings.0.owner").fill(f.owner);
      await page.getByTestId("field-findings.0.due_on").fill(f.dueOn);
      await page.getByTestId("save").click();
      await page.getByTestId("record-message").waitFor();
    },

    /** The follow-up list as a link opens it, once its findings have loaded. */
    async openList(query = "") {
      await page.goto(`${origin}/uppfoljning${query}`);
      await page.locator("[data-testid=findings-list][data-loading=false]").waitFor();
    },

    async showStatus(status: "open" | "overdue" | "done" | "all") {
      await page.getByTestId("field-findings-status").selectOption(status);
      await page.waitForFunction(
        (s) => new URL(location.href).searchParams.get("status") === s,
        status,
      );
      await page.locator("[data-testid=findings-list][data-loading=false]").waitFor();
    },

    /** What the list says of a finding: its state and the words of its badge. */
    async stateOf(text: string) {
      const row = item(text);
      return {
        state: await row.getAttribute("data-state"),
        badge: (await row.getByTestId("finding-state").textContent())?.trim() ?? "",
      };
    },

    async close(text: string, note: string) {
      const row = item(text);
      await row.getByTestId("finding-close").click();
      await row.getByTestId("field-note").fill(note);
      await row.getByTestId("close-confirm").click();
      await page.getByTestId("findings-message").waitFor();
    },
  };
}
