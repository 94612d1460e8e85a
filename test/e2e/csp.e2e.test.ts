// The Content-Security-Policy does not get in the way: the map (WebGL, MapLibre's worker, its
// sprites and the offline base map) and an area panel work with no violation reported.
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
  // Every violation, in the page and in MapLibre's worker, lands in window.__cspViolations.
  await session.page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => {
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || "(inline)"}`);
    });
  });
  driver = createDriver(session.page, server.origin);
  // The coverage map reads areas with burglary figures: for logged-in roles only.
  await driver.loginAs("planner");
});

afterAll(async () => {
  await session?.close();
  await server?.stop();
});

describe("the Content-Security-Policy", () => {
  it("is sent with the app shell and reports no violation while the map is used", async () => {
    const shell = await fetch(`${server.origin}/karta`);
    expect(shell.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(shell.headers.get("x-frame-options")).toBe("DENY");
    await driver.openMap();
    await driver.selectAreaFromList("Borggård");
    await driver.closePanel();
    const violations = await session.page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    // The web app sets z.config({ jitless: true }), so not even zod's one-off eval probe runs.
    expect(violations, "CSP violations in the page").toEqual([]);
    const logged = session.pageErrors.filter((e) => /Content Security Policy/i.test(e));
    expect(logged, "CSP violations logged to the console (the worker's too)").toEqual([]);
  });
});
