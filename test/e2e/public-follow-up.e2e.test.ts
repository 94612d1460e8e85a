// The planners' follow-up (/uppfoljning): each count opens the activities behind it, and a
// Coyards message is logged through a form checked with the server's schema.
import { describe, expect, it } from "vitest";
import { browserSpec } from "./spec.ts";

const spec = browserSpec({ role: "planner" });

describe("the planners' follow-up", () => {
  it("lists the activities behind a count and logs a message", async () => {
    const { page } = spec;
    await page.goto(`${spec.server.origin}/uppfoljning`);
    const first = page.getByTestId("follow-promise").first();
    await first.waitFor();
    await first.getByTestId("evidence").locator("summary").click();
    await first.locator("[data-evidence-id]").first().waitFor();
    const progress = await spec.driver.api<{ activities: { progress: { ids: number[] } }[] }>(
      "/api/promises/progress",
    );
    expect(await first.locator("[data-evidence-id]").count()).toBe(
      progress.activities[0]?.progress.ids.length,
    );

    const form = page.getByTestId("message-form");
    await form.locator("button[type=submit]").click();
    await form.getByTestId("error-sent_on").waitFor();
    await form.getByTestId("error-subject").waitFor();
    const before = await spec.driver.api<{ messages: unknown[] }>("/api/messages");
    await form.getByTestId("field-sent_on").fill("2019-07-15");
    await form.getByTestId("field-subject").fill("Semestertips: be en granne tömma brevlådan");
    await form.locator("button[type=submit]").click();
    await form.getByRole("status").waitFor();
    const after = await spec.driver.api<{ messages: unknown[] }>("/api/messages");
    expect(after.messages.length).toBe(before.messages.length + 1);
    await spec.driver.screenshot("planner-follow-up");
    expect(spec.session.pageErrors).toEqual([]);
  });
});
