// The report's map, drawn from its GeoJSON as one SVG: areas with an information session or a
// safety walk in the quarter darker, areas without grannsamverkan with a dashed outline, starting
// ones in orange; a title, and while any area's figures rest on invented records a visible
// "Demodata" caption inside the image. The same component is the map on the report page and, as
// it is, the static export's map.svg. A vector image, so it prints sharp. No stylesheet import.
import { useTranslation } from "react-i18next";
import type { QuarterReport } from "../../server/privacy/report.ts";
import { BASE_COLORS, PALETTE } from "../map/map-style.ts";
import { quarterLong } from "../public/wording.ts";
import { fitProjection, pathData } from "./svg-map.ts";

const WIDTH = 640;
/** Room above the areas for the title and below them for the demo caption. */
const TOP = 30;
const BOTTOM = 34;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export function ReportMap({ report }: { report: QuarterReport }) {
  const { t } = useTranslation();
  const features = report.map.features;
  if (features.length === 0) return null;
  const quarter = quarterLong(report.quarter, t);
  // Each kommun has its own reports: the map names its kommun, also as a file of its own.
  const kommun = report.kommun_name;
  const alt = t("pub.reports.mapAlt", { quarter, place: kommun });
  const proj = fitProjection(
    features.map((f) => f.geometry),
    WIDTH,
  );
  const height = proj.height + TOP + BOTTOM;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className="report-map"
      data-testid="report-map"
      width={proj.width}
      height={height}
      viewBox={`0 0 ${proj.width} ${height}`}
      role="img"
      aria-label={alt}
      fontFamily={FONT}
    >
      <title>{alt}</title>
      <rect width={proj.width} height={height} fill={BASE_COLORS.sea} />
      <text x={10} y={20} fontSize={15} fontWeight={700} fill="#1b1b1f">
        {t("pub.reports.mapTitle", { quarter, place: kommun })}
      </text>
      <g transform={`translate(0 ${TOP})`}>
        {features.map((f) => {
          const p = f.properties;
          const active = p.info_sessions + p.safety_walks > 0;
          return (
            <path
              key={p.id}
              d={pathData(proj, f.geometry)}
              fill={active ? PALETTE[3] : PALETTE[0]}
              stroke={p.watch === "starting" ? BASE_COLORS.startingLine : "#1a1a1a"}
              strokeWidth={p.watch === "active" ? 0.75 : 1.5}
              strokeDasharray={p.watch === "invitation" ? "4 3" : undefined}
              data-area-id={p.id}
              data-active={active}
            >
              <title>{p.name}</title>
            </path>
          );
        })}
      </g>
      {report.map.demo && (
        <g data-testid="report-map-demo">
          <rect
            x={proj.width / 2 - 130}
            y={height - BOTTOM + 4}
            width={260}
            height={BOTTOM - 10}
            rx={12}
            fill="#ffbf47"
            stroke="#1b1b1f"
            strokeWidth={2}
          />
          <text
            x={proj.width / 2}
            y={height - BOTTOM / 2 + 5}
            textAnchor="middle"
            fontSize={14}
            fontWeight={700}
            fill="#1b1b1f"
          >
            {t("demo.mark")}
          </text>
        </g>
      )}
    </svg>
  );
}
