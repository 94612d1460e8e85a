// One trend chart (uPlot: small, fast, canvas) with its figures as a table for screen readers and
// for "<5". Colour-blind-safe Okabe–Ito colours, and a dashed line so series differ by more than
// colour. Quarters read "kv. 4 2018"; while a quarter it draws holds invented records of what it
// counts, the chart carries a visible "Demodata" watermark.
import "uplot/dist/uPlot.min.css";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import uPlot from "uplot";
import type { PublicTrend } from "../../server/privacy/progress-trends.ts";
import { currentLang } from "../i18n/i18n.ts";
import { DemoMark } from "../public/demo-mark.tsx";
import { quarterShort } from "../public/wording.ts";
import { type ChartSpec, chartData, chartDemoKinds, tableRows } from "./trends.ts";

const COLOURS = ["#0072B2", "#D55E00"];

export function TrendChart({ trends, spec }: { trends: PublicTrend[]; spec: ChartSpec }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const ref = useRef<HTMLDivElement>(null);
  const demo = chartDemoKinds(trends, spec);
  const title = t(`pub.promises.${spec.title}`);
  const labels = spec.series.map((s) => t(`pub.promises.${s.label}`));

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const quarters = trends.map((q) => quarterShort(q.quarter, t));
    const names = spec.series.map((s) => t(`pub.promises.${s.label}`));
    const width = () => Math.max(240, Math.min(640, el.clientWidth));
    const plot = new uPlot(
      {
        width: width(),
        height: 200,
        legend: { show: true, live: false },
        scales: {
          x: { time: false },
          y: { range: (_u, _min, max) => [0, Math.max(5, max * 1.1)] },
        },
        axes: [
          {
            // "kv. 3" over "2018": six quarters fit side by side even on a phone.
            values: (_u, splits) =>
              splits.map((i) => (quarters[i] ?? "").replace(/ (\d{4})$/, "\n$1")),
            splits: () => quarters.map((_, i) => i),
            rotate: 0,
            size: 50,
          },
          {},
        ],
        series: [
          { label: t("pub.promises.quarter"), value: (_u, i) => quarters[i] ?? "" },
          ...spec.series.map((s, i) => ({
            label: names[i],
            stroke: COLOURS[i],
            width: 2,
            dash: s.dashed ? [6, 4] : undefined,
            points: { show: true, size: 6 },
          })),
        ],
      },
      chartData(trends, spec) as uPlot.AlignedData,
      el,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: width(), height: 200 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [trends, spec, t]);

  return (
    <figure className="trend" data-testid={`chart-${spec.id}`} data-demo={demo.length > 0}>
      <figcaption>{title}</figcaption>
      <div className="trend__frame">
        <div
          ref={ref}
          className="trend__plot"
          role="img"
          aria-label={t("pub.promises.chartLabel", { title })}
        />
        {demo.length > 0 && <DemoMark kinds={demo} />}
      </div>
      <details>
        <summary>{t("pub.promises.table")}</summary>
        <table className="pub-table" data-testid="trend-table">
          <thead>
            <tr>
              <th scope="col">{t("pub.promises.quarter")}</th>
              {labels.map((l) => (
                <th key={l} scope="col">
                  {l}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tableRows(trends, spec, t, lang).map(({ quarter: q, cells }) => (
              <tr key={q}>
                <th scope="row">{q}</th>
                {cells.map((c, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                  <td key={i}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
