import { describe, expect, it } from "vitest";
import { projector, renderSvgMap } from "./svg-map.ts";

const square = (x: number) => [
  [
    [x, 55.6],
    [x + 0.1, 55.6],
    [x + 0.1, 55.7],
    [x, 55.7],
    [x, 55.6],
  ],
];

describe("projector", () => {
  it("keeps proportions: 0.1° of longitude is cos(lat) as wide as 0.1° of latitude is tall", () => {
    const at = projector(square(13)[0] as number[][], 1000, 1000, 0);
    const [x0, y0] = at([13, 55.7]);
    const [x1, y1] = at([13.1, 55.6]);
    const ratio = (x1 - x0) / (y1 - y0);
    expect(ratio).toBeCloseTo(Math.cos((55.65 * Math.PI) / 180), 2);
    expect(y0).toBe(0); // north is up
  });
});

describe("renderSvgMap", () => {
  const svg = renderSvgMap({
    title: "Karta <2018-Q4>",
    areas: [
      { name: "Alfa & Co", rings: square(13), fill: "active", label: "<5" },
      { name: "Beta", rings: square(13.1), fill: "invitation" },
    ],
    points: [{ coordinates: [13.05, 55.65], title: "Informationstillfälle" }],
    lines: [
      {
        coordinates: [
          [13.1, 55.6],
          [13.15, 55.65],
        ],
        title: "Trygghetsvandring",
      },
    ],
  });

  it("draws every area, point and line, escaping text", () => {
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.match(/<path /g)).toHaveLength(2);
    expect(svg.match(/<circle /g)).toHaveLength(1);
    expect(svg.match(/<polyline /g)).toHaveLength(1);
    expect(svg).toContain("Alfa &amp; Co");
    expect(svg).toContain("&lt;5");
    expect(svg).toContain("Karta &lt;2018-Q4&gt;");
    expect(svg).not.toContain("<2018");
  });

  it("fills active areas with a colour and invitations with a hatch pattern", () => {
    expect(svg).toContain('fill="#0072B2"');
    expect(svg).toContain('fill="url(#invitation)"');
  });

  it("keeps every coordinate inside the picture", () => {
    const nums = [...svg.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].flatMap((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(Math.min(...nums)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...nums)).toBeLessThanOrEqual(800);
  });

  it("gives an empty picture for no features", () => {
    expect(renderSvgMap({ title: "x", areas: [], points: [], lines: [] })).toContain(
      "<title>x</title>",
    );
  });
});
