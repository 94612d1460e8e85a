// The static export of a quarter's report (npm run export-report, scripts/export-report.ts does
// the file I/O): the report page's own components (report-document.tsx, report-map.tsx) rendered
// with react-dom/server and a fresh i18next instance in one language, so the folder says exactly
// what the page says. index.html is self-contained (inline CSS read from the web's stylesheets,
// no JavaScript); map.svg is the page's map component as it is; report.geojson is the map's data
// with `demo` on every feature and at the top, and the demo caption while it rests on demo rows.
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import type { QuarterReport } from "../../server/privacy/report.ts";
import type { Lang } from "../i18n/format.ts";
import { createI18n } from "../i18n/i18n.ts";
import { quarterLong } from "../public/wording.ts";
import { ReportDocument } from "./report-document.tsx";
import { ReportMap } from "./report-map.tsx";

export const MAP_FILE = "map.svg";
export const DATA_FILE = "report.geojson";

/**
 * The stylesheets the report page uses, relative to web/, in the order they are applied; the
 * export inlines them (a test checks the list against the page's own imports).
 */
export const REPORT_STYLESHEETS = [
  "base.css",
  "promises/promises.css",
  "public/public.css",
  "public/demo.css",
  "reports/report.css",
  "reports/static.css",
] as const;

export interface StaticReport {
  html: string;
  svg: string;
  geojson: string;
}

/** The report's map data: every feature says whether it rests on demo rows, and so does the file. */
export function reportGeojson(r: QuarterReport, lang: Lang) {
  const { t } = createI18n(lang);
  return {
    type: "FeatureCollection" as const,
    kommun: r.kommun,
    kommun_name: r.kommun_name,
    quarter: r.quarter,
    from: r.from,
    to: r.to,
    demo: r.map.demo,
    demo_kinds: r.demo,
    ...(r.map.demo ? { caption: t("demo.mark") } : {}),
    features: r.map.features.map((f) => ({
      type: f.type,
      id: f.id,
      geometry: f.geometry,
      properties: { ...f.properties, demo: f.properties.demo },
    })),
  };
}

/** The three files of the export; `css` is the inlined stylesheets' text. */
export function renderStaticReport(r: QuarterReport, lang: Lang, css: string): StaticReport {
  const i18n = createI18n(lang);
  const heading = i18n.t("pub.reports.heading", { quarter: quarterLong(r.quarter, i18n.t) });
  const title = `Grannkoll – ${heading} – ${r.kommun_name}`;
  const page = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <html lang={lang}>
        <head>
          <meta charSet="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{title}</title>
          {/* React writes a <style> element's text as it is (no escaping of ">" in selectors). */}
          <style>{css}</style>
        </head>
        <body>
          <main className="page report static-report">
            <ReportDocument report={r} files={{ map: MAP_FILE, data: DATA_FILE }} />
          </main>
        </body>
      </html>
    </I18nextProvider>,
  );
  const svg = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ReportMap report={r} />
    </I18nextProvider>,
  );
  return {
    html: `<!doctype html>\n${page}\n`,
    svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`,
    geojson: `${JSON.stringify(reportGeojson(r, lang))}\n`,
  };
}
