// The fuzz suite's accepted-but-dangerous inputs: spreadsheet formulas in text that is valid
// (stored as written, neutralised in every CSV export), and boundary rings wound the wrong way
// (valid GeoJSON by the old spec: rewound, not refused). See fuzz.test.ts for the refusals.
import { afterAll, describe, expect, it } from "vitest";
import { formatCell } from "../../server/exports/csv.ts";
import { ALFA, collectionOf, FORMULAS, featureOf } from "../helpers/fuzz-cases.ts";
import { digester } from "../helpers/fuzz-run.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());

describe("formula strings", () => {
  it("are stored as written and exported neutralised (visits.csv)", async () => {
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const rows = FORMULAS.map((f, i) => `contact_meeting;2019-05-${10 + i};${ALFA};${quote(f)}`);
    const file = `typ;datum;område;anteckningar\n${rows.join("\n")}\n`;
    const imported = await t.app.request("/api/imports/visits/commit", {
      method: "POST",
      headers: { "Content-Type": "text/csv" },
      body: file,
    });
    expect(imported.status, await imported.clone().text()).toBe(201);
    const typed = await t.app.request("/api/visits", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        kind: "contact_meeting",
        date: "2019-05-20",
        area_id: ALFA,
        notes: "@SUM(A1:A9)",
      }),
    });
    expect(typed.status).toBe(201);

    const stored = t.db
      .prepare(
        "SELECT notes FROM visits WHERE notes LIKE '%cmd%' OR notes LIKE '=%' OR notes LIKE '@%'",
      )
      .pluck()
      .all();
    expect(stored.sort()).toEqual([...FORMULAS, "@SUM(A1:A9)"].sort());

    const csv = await (await t.app.request("/api/exports/visits.csv")).text();
    for (const f of [...FORMULAS, "@SUM(A1:A9)"]) {
      const cell = formatCell(f);
      expect(cell).toMatch(/^"?'/); // an apostrophe first: the spreadsheet shows text
      expect(csv).toContain(cell);
      expect(csv).not.toContain(`;${f}`);
      expect(csv).not.toContain(`;"${f.replace(/"/g, '""')}`);
    }
  });
});

describe("boundary rings wound the wrong way", () => {
  it("are rewound and previewed, writing nothing", async () => {
    const digest = digester(t.db);
    const before = digest();
    // The fixture's Alfa, Beta and Gamma, each ring clockwise (RFC 7946 wants counter-clockwise).
    const cw = (x: number) => [
      [x, 55.64],
      [x, 55.65],
      [x + 0.01, 55.65],
      [x + 0.01, 55.64],
      [x, 55.64],
    ];
    const ids = ["12300001", "12300002", "12300003"];
    const body = collectionOf(
      ids.map((id, i) =>
        featureOf({ id }, { type: "Polygon", coordinates: [cw(13.2 + i * 0.01)] }),
      ),
    );
    const res = await t.app.request("/api/area-boundaries/preview?keep_missing=true", {
      method: "POST",
      headers: { "Content-Type": "application/geo+json" },
      body,
    });
    const p = (await res.json()) as { errors: unknown[]; areas: { id: string; status: string }[] };
    expect(res.status, JSON.stringify(p).slice(0, 300)).toBe(200);
    expect(p.errors).toEqual([]);
    expect(digest()).toBe(before);
  });
});
