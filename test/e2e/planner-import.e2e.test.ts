// A planner imports a watch-group spreadsheet whose headers the app does not know: the preview
// names the unknown columns, the planner says what each holds (by keyboard), imports, and the
// groups are stored. The same file again: the choices are remembered, the rows are shown as
// already present, and importing adds nothing. Then an .xlsx workbook of visits, and the
// templates are offered for download.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { AreaCollection } from "../../server/areas/types.ts";
import { toXlsx } from "../../server/exports/xlsx.ts";
import { violations } from "./axe.ts";
import { PHONE } from "./browser.ts";
import { createPlannerDriver } from "./planner-driver.ts";
import { browserSpec, withBrowser } from "./spec.ts";

const spec = browserSpec({ role: "planner" });
let planner: ReturnType<typeof createPlannerDriver>;
const dir = mkdtempSync(join(tmpdir(), "grannkoll-import-"));
// The files a coordinator keeps, with the served areas' real names (as in
// test/fixtures/csv/grupper-okand-kolumn.csv and test/fixtures/xlsx/besok.xlsx).
const GROUPS = join(dir, "grupper.csv");
const VISITS = join(dir, "besok.xlsx");

beforeAll(async () => {
  planner = createPlannerDriver(spec.driver, spec.server.origin);
  const { features } = await spec.driver.api<AreaCollection>("/api/areas");
  const [a = "", b = ""] = features.map((f) => f.properties.name);
  const groups = [
    "Plats;Namn på gruppen;Status;Hushåll;Startdatum;Gata",
    `${a};${a} Östra;aktiv;14;2019-09-01;Storgatan`,
    `${b};${b} Norra;startar;9;2019-10-15;Lillgatan`,
  ];
  writeFileSync(GROUPS, `${groups.join("\r\n")}\r\n`);
  const workbook = await toXlsx([
    {
      name: "Besök 2019",
      header: ["Typ", "Datum", "Område", "Ämne", "Arrangörer", "Antal deltagare", "Märk-DNA-kit"],
      rows: [
        ["Informationsträff om märk-DNA", "2019-10-01", a, "", "Polisen", 40, 22],
        ["Trygghetsvandring", "2019-10-08", b, "", "Kommunen, polisen", 7, 0],
        ["Möte med kontaktombud", "2019-10-15", a, "", "Kommunen", 5, null],
      ],
    },
  ]);
  writeFileSync(VISITS, workbook);
});

const groupCount = async () =>
  (await spec.driver.api<{ watch_groups: unknown[] }>("/api/watch-groups")).watch_groups.length;

describe("importing a spreadsheet with columns the app does not know", () => {
  it("lets the planner map them, imports, and remembers the choice for the same headers", async () => {
    const { page } = spec;
    const before = await groupCount();
    await planner.openImport("watch-groups");
    await planner.previewFile(GROUPS);
    expect(await planner.mappingRows()).toEqual([
      { column: "Plats", how: "unknown" },
      { column: "Namn på gruppen", how: "unknown" },
      { column: "Status", how: "known" },
      { column: "Hushåll", how: "known" },
      { column: "Startdatum", how: "known" },
      { column: "Gata", how: "unknown" },
    ]);
    // The reasons in Swedish, naming the columns by their Swedish labels.
    const errors = (await page.getByTestId("import-errors").textContent()) ?? "";
    expect(errors).toContain("okänd kolumn");
    expect(errors).toContain("kolumnen Område behövs men saknas");
    expect(errors).not.toMatch(/unknown|area_id|watch/);
    expect(await page.getByTestId("import-commit").isDisabled()).toBe(true);
    expect(await violations(page, "the mapping step")).toEqual([]);
    await spec.driver.screenshot("planner-import-mapping");

    await planner.mapColumn("Plats", "Område (krävs)");
    await planner.mapColumn("Namn på gruppen", "Gruppens namn (krävs)");
    await planner.mapColumn("Gata", "Hoppa över kolumnen");
    expect((await planner.mappingRows()).map((r) => r.how)).toEqual([
      "mapped",
      "mapped",
      "known",
      "known",
      "known",
      "ignored",
    ]);
    expect(await page.getByTestId("import-error-count").textContent()).toContain("0 fel");
    expect(await page.getByTestId("import-valid").textContent()).toContain("2 giltiga");
    await spec.driver.screenshot("planner-import-mapped");
    expect(await planner.commitImport()).toContain("2 rader importerade");
    expect(await groupCount()).toBe(before + 2);

    // The same file again: the mapping is used at once, and both rows are already present.
    await page.reload();
    await page.getByTestId("import-kind").selectOption("watch-groups");
    await planner.previewFile(GROUPS);
    await page.getByTestId("mapping-recalled").waitFor();
    expect(await page.getByTestId("import-error-count").textContent()).toContain("0 fel");
    expect(await page.getByTestId("import-matches").textContent()).toContain("Finns redan: 2");
    expect(await page.getByTestId("existing-skip").isChecked()).toBe(true);
    expect(await violations(page, "rows already present")).toEqual([]);
    await spec.driver.screenshot("planner-import-present");
    expect(await planner.commitImport()).toContain("2 fanns redan");
    expect(await groupCount()).toBe(before + 2);
  });

  it("imports an Excel workbook, and offers the templates for download", async () => {
    const { page } = spec;
    await planner.openImport("visits");
    const href = await page.getByTestId("template-xlsx").getAttribute("href");
    expect(href).toBe("/api/imports/visits/template.xlsx");
    const template = await page.evaluate(async (url) => {
      const res = await fetch(url);
      return { status: res.status, type: res.headers.get("content-type") };
    }, href ?? "");
    expect(template).toEqual({
      status: 200,
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    await planner.previewFile(VISITS);
    expect(await page.getByTestId("import-report").textContent()).toContain("Excel (.xlsx)");
    expect(await page.getByTestId("import-valid").textContent()).toContain("3 giltiga");
    expect(await planner.commitImport()).toContain("3 rader importerade");
  });

  it("fits a phone, with the mapping step usable", async () => {
    const { origin } = spec.server;
    await withBrowser(origin, PHONE, "planner", async ({ page, driver, session }) => {
      const p = createPlannerDriver(driver, origin);
      await p.openImport("dna-kits");
      await p.previewFile(GROUPS);
      await page.getByTestId("column-mapping").waitFor();
      const { out, scrollWidth } = await p.overflowing();
      expect(out).toEqual([]);
      expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
      await driver.screenshot("phone-planner-import-mapping");
      expect(session.pageErrors).toEqual([]);
    });
  });
});
