import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { QuarterReport } from "../../server/privacy/report.ts";
import { REPORT_STYLESHEETS, renderStaticReport, reportGeojson } from "./static-export.tsx";

const square = (x: number) => ({
  type: "Polygon" as const,
  coordinates: [
    [
      [x, 55],
      [x + 1, 55],
      [x + 1, 56],
      [x, 55],
    ],
  ],
});
const area = (id: string, x: number, demo: boolean, sessions = 0) => ({
  type: "Feature" as const,
  id,
  geometry: square(x),
  properties: {
    id,
    name: id,
    watch: "active" as const,
    info_sessions: sessions,
    safety_walks: 0,
    demo,
  },
});
const report = (demo: boolean): QuarterReport => ({
  kommun: "1230",
  kommun_name: "Staffanstorp",
  quarter: "2018-Q4",
  from: "2018-10-01",
  to: "2018-12-31",
  period: {
    id: 1,
    name: "Medborgarlöften 2018–2019",
    starts_on: "2018-07-13",
    ends_on: "2019-12-31",
    signed_by: "Staffanstorps kommun",
    source_url: null,
  },
  provisional: true,
  promised: [],
  done_in_quarter: {
    info_sessions: 2,
    contact_meetings: 0,
    safety_walks: 1,
    messages: 3,
    lagesbild_weeks: 12,
    watch_areas: 11,
    kits: { value: 1308, display: "1308" },
  },
  indicators: [],
  map: {
    type: "FeatureCollection",
    demo,
    features: [area("a", 13, demo, 2), area("b", 14, false)],
  },
  demo: demo ? ["info_sessions", "dna_kits"] : [],
});

describe("the static export", () => {
  it("inlines exactly the stylesheets the report page imports", () => {
    const page = readFileSync(join(import.meta.dirname, "report-view.tsx"), "utf8");
    const imported = [...page.matchAll(/^import "\.\.?\/([\w/.-]+\.css)";$/gm)].map((m) =>
      (m[1] as string).replace(/^(?!promises|public|reports)/, "reports/"),
    );
    // The page's own stylesheets, plus the base every page has and the static page's own.
    expect([...REPORT_STYLESHEETS].sort()).toEqual(
      ["base.css", ...imported, "reports/static.css"].sort(),
    );
  });

  it("marks demo on every feature and at the top of the map's data, with the caption", () => {
    const g = reportGeojson(report(true), "sv");
    expect(g).toMatchObject({ demo: true, caption: "Demodata – påhittade siffror" });
    expect(g.demo_kinds).toEqual(["info_sessions", "dna_kits"]);
    expect(g.features.map((f) => f.properties.demo)).toEqual([true, false]);
    const real = reportGeojson(report(false), "en");
    expect(real.demo).toBe(false);
    expect("caption" in real).toBe(false);
  });

  it("renders the page and the map with the demo caption only while it rests on demo rows", () => {
    const demo = renderStaticReport(report(true), "sv", "body{}");
    expect(demo.svg).toContain("Demodata – påhittade siffror");
    expect(demo.html).toContain("<style>body{}</style>");
    expect(demo.html).toContain('class="print-demo"');
    // Swedish numbers: 1 308 with a no-break space, as the page shows them.
    expect(demo.html).toMatch(/data-testid="count-kits">1\u00a0308</);
    const real = renderStaticReport(report(false), "sv", "");
    expect(real.svg).not.toContain("Demodata");
    expect(real.html).not.toContain("print-demo");
    expect(real.html).toContain("Inga siffror i den här rapporten bygger på påhittade uppgifter.");
  });
});
