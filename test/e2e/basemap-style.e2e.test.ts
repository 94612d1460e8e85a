// With BASEMAP_STYLE_URL set, the map uses that style and draws the areas on top of it. The style
// comes from a small local server made here, so still nothing leaves the machine.
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../helpers/server-process.ts";
import { sampleAreaColours } from "./colours.ts";
import { hexToRgb } from "./map-geometry.ts";
import { browserSpec } from "./spec.ts";

const BACKGROUND = "#dfe8d8";
const STYLE = {
  version: 8,
  sources: {},
  layers: [
    { id: "external-background", type: "background", paint: { "background-color": BACKGROUND } },
  ],
};

let styleServer: Server;
let styleOrigin = "";
let styleRequests = 0;

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
  styleOrigin = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await new Promise((ok) => styleServer?.close(ok));
});

// Started after the style server (and stopped before it), so the options are read in beforeAll.
const spec = browserSpec(() => ({
  // The coverage map reads areas with burglary figures: for logged-in roles only.
  role: "planner",
  env: { BASEMAP_STYLE_URL: `${styleOrigin}/style.json` },
  alsoAllowed: [styleOrigin],
}));

describe("a configured base-map style", () => {
  it("is loaded, and the areas are drawn on top of it", async () => {
    await spec.driver.openMap();
    expect(styleRequests).toBeGreaterThan(0);
    const report = await sampleAreaColours(
      spec.driver,
      "watch_coverage",
      ["Borggård", "Kyrkheddinge"],
      "desktop-external-style",
    );
    for (const r of report)
      expect(r.share, `${r.name} should be ${r.expected}`).toBeGreaterThan(0.3);
    // Far outside the kommun only the style's own background shows.
    const box = await spec.page.getByTestId("map").boundingBox();
    if (!box) throw new Error("no map");
    const corner = {
      x: Math.round(box.x + box.width - 80),
      y: Math.round(box.y + box.height - 60),
    };
    const [pixels] = await spec.driver.pixelsAround(await spec.page.screenshot(), [corner], 0);
    expect(pixels?.[0]).toEqual(hexToRgb(BACKGROUND));
    // Its own place names come from the style, so ours are not added.
    expect(await spec.page.locator(".map-label").count()).toBe(0);
    expect(spec.session.externalRequests).toEqual([]);
    expect(spec.session.pageErrors).toEqual([]);
  });
});
