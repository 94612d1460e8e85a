// The Content-Security-Policy does not get in the way: the map (WebGL, MapLibre's worker, its
// sprites and the offline base map) and an area panel work with no violation reported.
import { beforeAll, describe, expect, it } from "vitest";
import { browserSpec } from "./spec.ts";

// The coverage map reads areas with burglary figures: for logged-in roles only.
const spec = browserSpec({ role: "planner" });

beforeAll(async () => {
  // Every violation, in the page and in MapLibre's worker, lands in window.__cspViolations.
  await spec.page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => {
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || "(inline)"}`);
    });
  });
});

describe("the Content-Security-Policy", () => {
  it("is sent with the app shell and reports no violation while the map is used", async () => {
    const shell = await fetch(`${spec.server.origin}/karta`);
    expect(shell.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(shell.headers.get("x-frame-options")).toBe("DENY");
    await spec.driver.openMap();
    await spec.driver.selectAreaFromList("Borggård");
    await spec.driver.closePanel();
    const violations = await spec.page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    // The web app sets z.config({ jitless: true }), so not even zod's one-off eval probe runs.
    expect(violations, "CSP violations in the page").toEqual([]);
    const logged = spec.session.pageErrors.filter((e) => /Content Security Policy/i.test(e));
    expect(logged, "CSP violations logged to the console (the worker's too)").toEqual([]);
  });
});
