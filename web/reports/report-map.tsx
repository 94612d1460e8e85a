// The report's map as an inline SVG drawn from its GeoJSON: areas with a session or walk in the
// quarter darker, session points as dots, walk routes as lines. A vector image, so it prints.
import type { QuarterReport } from "../../server/reports/report.ts";
import { PALETTE } from "../map/map-style.ts";
import { fitProjection, pathData } from "./svg-map.ts";

const WIDTH = 640;

export function ReportMap({ report, alt }: { report: QuarterReport; alt: string }) {
  const features = report.map.features;
  if (features.length === 0) return null;
  const proj = fitProjection(
    features.map((f) => f.geometry),
    WIDTH,
  );
  return (
    <svg
      className="report-map"
      data-testid="report-map"
      viewBox={`0 0 ${proj.width} ${proj.height}`}
      role="img"
      aria-label={alt}
    >
      <title>{alt}</title>
      {features.map((f) => {
        const p = f.properties;
        if (p.kind === "area") {
          return (
            <path
              key={`a-${p.id}`}
              d={pathData(proj, f.geometry)}
              fill={p.had_activity ? PALETTE[3] : PALETTE[0]}
              stroke="#1a1a1a"
              strokeWidth={p.watch === "invitation" ? 1.5 : 0.75}
              strokeDasharray={p.watch === "invitation" ? "4 3" : undefined}
              data-had-activity={p.had_activity}
            >
              <title>{p.name}</title>
            </path>
          );
        }
        if (p.kind === "safety_walk_route") {
          return (
            <path
              key={`w-${p.date}-${p.area_id}`}
              d={pathData(proj, f.geometry)}
              fill="none"
              stroke="#D55E00"
              strokeWidth={3}
            />
          );
        }
        const [x, y] = proj.point(f.geometry.coordinates as number[]);
        return (
          <circle
            key={`s-${p.date}-${p.area_id}-${x}`}
            cx={x}
            cy={y}
            r={6}
            fill="#ffbf47"
            stroke="#1a1a1a"
            strokeWidth={1.5}
          />
        );
      })}
    </svg>
  );
}
