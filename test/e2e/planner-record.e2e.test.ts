// The recording forms in a real browser: a safety walk drawn on the map with a finding, edited and
// deleted from the list; and a point outside every area refused by the server, shown at its field.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { AreaCollection } from "../../server/areas/types.ts";
import type { VisitDetail } from "../../server/visits/schema.ts";
import { browserSpec } from "./spec.ts";

const spec = browserSpec({ role: "planner" });

const AREA = "Jakriborg";

describe("recording a safety walk", () => {
  it("draws a route, adds a finding, then edits and deletes the walk", async () => {
    const { page } = spec;
    const { features } = await spec.driver.api<AreaCollection>("/api/areas");
    const area = features.find((f) => f.properties.name === AREA);
    if (!area) throw new Error(`no area ${AREA}`);
    await page.goto(`${spec.server.origin}/registrera?typ=vandring&omrade=${area.id}`);
    await page.getByTestId("walk-form").waitFor();
    await spec.driver.waitForMapIdle({ attr: "selected", value: String(area.id) });
    const savedRoutes = async () =>
      Number(
        ((await page.getByTestId("planner-map").getAttribute("data-saved")) ?? ":").split(":")[1],
      );
    await page.locator("[data-testid=planner-map][data-saved]").waitFor();
    const routesBefore = await savedRoutes();
    // The map says what its marks mean: recorded walks, and the route being drawn.
    expect(await page.getByTestId("key-saved").textContent()).toBe(
      "Registrerade trygghetsvandringar",
    );
    expect(await page.getByTestId("key-sketch").textContent()).toContain("Rutten i formuläret");

    // Three points inside the area, then undo the last: two are left.
    const points = await spec.driver.visiblePointsIn(area, 40);
    for (const i of [0, 20, 39]) {
      const p = points[i] ?? points[0];
      if (p) await page.mouse.click(p.x, p.y);
    }
    await page.getByTestId("planner-map").and(page.locator("[data-sketch='3']")).waitFor();
    await page.getByRole("button", { name: "Ångra senaste punkten" }).click();
    await page.getByTestId("planner-map").and(page.locator("[data-sketch='2']")).waitFor();

    await page.getByTestId("field-date").fill("2019-10-15");
    await page.getByTestId("field-participants").fill("Polisen, Boende");
    await page.getByRole("button", { name: "Lägg till iakttagelse" }).click();
    await page.getByTestId("field-findings.0.text").fill("Trasig belysning vid gångvägen");
    // Saving without an owner: the form names the field and sends nothing.
    await page.getByTestId("save").click();
    await page.getByTestId("error-findings.0.owner").waitFor();
    await page.getByTestId("field-findings.0.owner").fill("Tekniska förvaltningen");
    await spec.driver.screenshot("planner-walk-form");
    await page.getByTestId("save").click();
    await page.getByTestId("record-message").waitFor();
    // Saved, the route stays on the map, now drawn as recorded.
    await page
      .locator(`[data-testid=planner-map][data-saved$=":${routesBefore + 1}"][data-sketch="0"]`)
      .waitFor();

    const { visits } = await spec.driver.api<{ visits: VisitDetail[] }>(
      `/api/visits?kind=safety_walk&area_id=${area.id}`,
    );
    const walk = visits.find((v) => v.date === "2019-10-15");
    if (!walk) throw new Error("the walk was not saved");
    expect(walk.route?.coordinates).toHaveLength(2);
    expect(walk.participants).toEqual(["Polisen", "Boende"]);
    expect(walk.open_findings).toBe(1);

    // Edit: the finding gets a due date; it stays open (it is closed, with a note, in the
    // follow-up list: findings.e2e.test.ts).
    const item = page.locator(`[data-testid=record-item][data-id="${walk.id}"]`);
    await item.getByRole("button", { name: "Ändra" }).click();
    expect(await page.getByTestId("finding-status-0").textContent()).toContain("Öppen");
    await page.getByTestId("field-findings.0.due_on").fill("2019-11-30");
    await page.getByTestId("save").click();
    await page.getByTestId("record-message").waitFor();
    const edited = await spec.driver.api<VisitDetail>(`/api/visits/${walk.id}`);
    expect(edited.findings.map((f) => [f.status, f.due_on])).toEqual([["open", "2019-11-30"]]);

    // Delete, after the confirmation.
    page.once("dialog", (d) => void d.accept());
    await item.getByTestId("record-delete").click();
    await item.waitFor({ state: "detached" });
    const gone = await page.request.get(`${spec.server.origin}/api/visits/${walk.id}`);
    expect(gone.status()).toBe(404);
  });
});

describe("the server's errors at their fields", () => {
  it("refuses a session placed outside every area and says so under the place", async () => {
    const { page } = spec;
    await page.goto(`${spec.server.origin}/registrera?typ=mote`);
    await page.getByTestId("session-form").waitFor();
    await spec.driver.waitForMapIdle();
    const box = await page.getByTestId("map").boundingBox();
    if (!box) throw new Error("no map");
    await page.mouse.click(box.x + 25, box.y + box.height - 60);
    expect(await page.getByTestId("place-picked").getAttribute("data-area-id")).toBe("");
    await page.getByTestId("field-date").fill("2019-11-01");
    await page.getByTestId("save").click();
    const error = page.getByTestId("error-area_id");
    await error.waitFor();
    expect(await error.textContent()).toContain("utanför alla områden");
    await spec.driver.screenshot("planner-server-error");
  });
});

describe("replacing area boundaries", () => {
  it("previews a SWEREF 99 TM file and replaces the boundaries only on confirm", async () => {
    const { page } = spec;
    const before = await spec.driver.api<AreaCollection>("/api/areas");
    await page.goto(`${spec.server.origin}/import`);
    const file = resolve(
      import.meta.dirname,
      "../fixtures/boundaries/valdistrikt-sweref99tm.geojson",
    );
    await page.getByTestId("boundary-file").setInputFiles(file);
    await page.getByTestId("boundary-preview").click();
    const report = page.getByTestId("boundary-report");
    await report.waitFor();
    expect(await report.textContent()).toContain("SWEREF 99 TM");
    const statuses = await report
      .locator("tr[data-status]")
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.status));
    expect(statuses).toHaveLength(before.features.length);
    expect(statuses.filter((s) => s === "missing")).toHaveLength(before.features.length - 3);
    // Nothing changed yet.
    expect((await spec.driver.api<AreaCollection>("/api/areas")).features).toHaveLength(
      before.features.length,
    );
    await spec.driver.screenshot("planner-boundary-preview");
    await page.getByTestId("boundary-commit").click();
    await page.getByTestId("boundary-done").waitFor();
  });
});
