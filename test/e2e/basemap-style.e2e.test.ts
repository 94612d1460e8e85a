// With BASEMAP_STYLE_URL set, the map uses that style and draws the areas on top of it. The style
// comes from a small local server made here, so still nothing leaves the machine.
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../helpers/server-process.ts";
import { type BrowserSession, DESKTOP, openBrowser } from "./browser.ts";
import { sampleAreaColours } from "./colours.ts";
import { createDriver, type Driver } from "./driver.ts";
import { hexToRgb } from "./map-geometry.ts";
import { startServer, type TestServer } from "./server.ts";

const BACKGROUND = "#dfe8d8";
const STYLE = {
  version: 8,
  sources: {},
  layers: [
    { id: "external-background", type: "background", paint: { "background-color": BACKGROUND } },
  ],
};

let styleServer: Server;
let styleRequests = 0;
let server: TestServer;
let session: BrowserSession;
let driver: Driver;

beforeAll(async () => {
  const port = await freePort();
  styleServer = createServer((_req, res) => {
    styleRequests++;
    res.writeHead(200, {
      "Content-Type": "application/json",
      "Access-Control-Allow-Origin": "*",
    });
    res.end(JSON.stringify(STYLE));
  });
  await new Promise<void>((ok) => styleServer.listen(port, "127.0.0.1", ok));
  const styleOrigin = `http://127.0.0.1:${port}`;
  server = await startServer({ BASEMAP_STYLE_URL: `${styleOrigin}/style.json` });
  session = await openBrowser(server.origin, DESKTOP, [styleOrigin]);
  driver = createDriver(session.page, server.origin);
  // The coverage map reads areas with burglary figures: for logged-in roles only.
  await driver.loginAs("planner");
});

afterAll(async () => {
  await session?.close();
  await server?.stop();
  await new Promise((ok) => styleServer?.close(ok));
});

describe("a configured base-map style", () => {
  it("is loaded, and the areas are drawn on top of it", async () => {
    await driver.openMap();
    expect(styleRequests).toBeGreaterThan(0);
    const report = await sampleAreaColours(
      driver,
      "watch_coverage",
      ["Borggård", "Kyrkheddinge"],
      "desktop-external-style",
    );
    for (const r of report)
      expect(r.share, `${r.name} should be ${r.expected}`).toBeGreaterThan(0.3);
    // Far outside the kommun only the style's own background shows.
    const box = await session.page.getByTestId("map").boundingBox();
    if (!box) throw new Error("no map");
    const corner = {
      x: Math.round(box.x + box.width - 80),
      y: Math.round(box.y + box.height - 60),
    };
    const [pixels] = await driver.pixelsAround(await session.page.screenshot(), [corner], 0);
    expect(pixels?.[0]).toEqual(hexToRgb(BACKGROUND));
    // Its own place names come from the style, so ours are not added.
    expect(await session.page.locator(".map-label").count()).toBe(0);
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
