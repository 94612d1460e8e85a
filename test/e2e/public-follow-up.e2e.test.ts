// The planners' follow-up (/uppfoljning): each count opens the activities behind it, and a
// Coyards message is logged through a form checked with the server's schema.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserSession, DESKTOP, openBrowser } from "./browser.ts";
import { createDriver, type Driver } from "./driver.ts";
import { startServer, type TestServer } from "./server.ts";

let server: TestServer;
let session: BrowserSession;
let driver: Driver;

beforeAll(async () => {
  server = await startServer();
  session = await openBrowser(server.origin, DESKTOP);
  driver = createDriver(session.page, server.origin);
  await driver.loginAs("planner");
});

afterAll(async () => {
  await session?.close();
  await server?.stop();
});

describe("the planners' follow-up", () => {
  it("lists the activities behind a count and logs a message", async () => {
    const { page } = session;
    await page.goto(`${server.origin}/uppfoljning`);
    const first = page.getByTestId("follow-promise").first();
    await first.waitFor();
    await first.getByTestId("evidence").locator("summary").click();
    await first.locator("[data-evidence-id]").first().waitFor();
    const progress = await driver.api<{ activities: { progress: { ids: number[] } }[] }>(
      "/api/promises/progress",
    );
    expect(await first.locator("[data-evidence-id]").count()).toBe(
      progress.activities[0]?.progress.ids.length,
    );

    const form = page.getByTestId("message-form");
    await form.locator("button[type=submit]").click();
    await form.getByTestId("error-sent_on").waitFor();
    await form.getByTestId("error-subject").waitFor();
    const before = await driver.api<{ messages: unknown[] }>("/api/messages");
    await form.getByTestId("field-sent_on").fill("2019-07-15");
    await form.getByTestId("field-subject").fill("Semestertips: be en granne tömma brevlådan");
    await form.locator("button[type=submit]").click();
    await form.getByRole("status").waitFor();
    const after = await driver.api<{ messages: unknown[] }>("/api/messages");
    expect(after.messages.length).toBe(before.messages.length + 1);
    await driver.screenshot("planner-follow-up");
    expect(session.pageErrors).toEqual([]);
  });
});
