// Pure: a quarter's report as one self-contained HTML page (inline CSS, no JavaScript) for the
// static export. The map is an <img> of map.svg and the data is linked as report.geojson, so the
// folder can be published as-is; @media print lays it out on A4.
import type { PublicActivityPromise } from "../public/promises.ts";
import type { SmallCount } from "../public/small-counts.ts";
import type { QuarterReport } from "./report.ts";

export const MAP_FILE = "map.svg";
export const GEOJSON_FILE = "report.geojson";

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const STATUS_SV: Record<string, string> = {
  not_started: "Ej påbörjat",
  on_track: "Enligt plan",
  behind: "Efter plan",
  achieved: "Uppfyllt",
  missed: "Ej uppfyllt",
  met: "Uppfyllt",
  not_met: "Ej uppfyllt",
  no_data: "Uppgift saknas",
  manual: "Följs upp manuellt",
};
const UNIT_SV: Record<string, string> = { count: "st", month: "månader", week: "veckor" };

const CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;max-width:60rem;margin:0 auto;padding:1.5rem;line-height:1.45}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:1.5rem 0 .5rem;border-bottom:2px solid #0072B2}
table{border-collapse:collapse;width:100%;font-size:.95rem}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #ccc;vertical-align:top}
td.n{text-align:right;white-space:nowrap}.demo{background:#F0E442;color:#000;padding:.5rem .75rem;border-left:6px solid #000;margin:1rem 0}
.status{font-weight:600}figure{margin:0}figure img{max-width:100%;height:auto;border:1px solid #ccc}
.legend span{display:inline-block;margin-right:1rem}.sw{display:inline-block;width:1em;height:1em;vertical-align:middle;margin-right:.3em;border:1px solid #333}
footer{margin-top:2rem;font-size:.85rem;color:#444}a{color:#0050a0}
@media print{@page{size:A4;margin:15mm}body{max-width:none;padding:0;font-size:10.5pt}h2{break-after:avoid}table,figure{break-inside:avoid}a{color:#000}a[href^="http"]::after{content:" (" attr(href) ")";font-size:8pt;word-break:break-all}}
`;

const count = (c: SmallCount | null) => (c ? esc(c.display) : "–");
// "<5 av 1" reads as nonsense: a kept promise with a small count says so in words.
const doneCell = (p: PublicActivityPromise) =>
  p.status === "achieved" && p.done.value === null
    ? `målet (${p.target} ${UNIT_SV[p.unit] ?? ""}) är nått`
    : `${count(p.done)} av ${p.target} ${UNIT_SV[p.unit] ?? ""}`;

export function renderReportHtml(r: QuarterReport): string {
  const promised = r.promised
    .map(
      (p) =>
        `<tr><td>${esc(p.title_sv)}</td><td class="n">${doneCell(p)}</td><td class="status">${STATUS_SV[p.status] ?? p.status}${p.gaps.length ? ` (${p.gaps.length} ${p.unit === "month" ? "månader" : "veckor"} utan)` : ""}</td></tr>`,
    )
    .join("\n");
  const d = r.done_in_quarter;
  const done = [
    ["Informationstillfällen i bostadsområden", d.info_sessions],
    ["Informationstillfällen för kontaktpersoner", d.contact_meetings],
    ["Trygghetsvandringar", d.safety_walks],
    ["Utskick i Coyards/CoProfs", d.messages],
    ["Veckor med gemensam lägesbild", d.lagesbild_weeks],
    ["Märk-DNA-satser utdelade", d.kits],
    ["Områden med aktiv grannsamverkan vid kvartalets slut", d.watch_areas],
  ]
    .map(
      ([label, c]) =>
        `<tr><td>${esc(label as string)}</td><td class="n">${count(c as SmallCount)}</td></tr>`,
    )
    .join("\n");
  const figure = (f: QuarterReport["indicators"][number]["current"]) => {
    const v = f.kind === "index" ? (f.value === null ? "–" : String(f.value)) : count(f.value);
    const src = f.source_url ? ` <a href="${esc(f.source_url)}">källa</a>` : "";
    return `${v}${f.label ? ` <small>${esc(f.label)}</small>` : ""}${src}`;
  };
  const indicators = r.indicators
    .map(
      (g) =>
        `<tr><td>${esc(g.title_sv)}<br><small>${esc(g.measure)}</small></td><td>${figure(g.baseline)}</td><td>${figure(g.current)}</td><td class="status">${STATUS_SV[g.status] ?? g.status}${g.provisional ? " (preliminärt)" : ""}</td></tr>`,
    )
    .join("\n");
  const q = esc(r.quarter);
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Medborgarlöften – kvartalsrapport ${q}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>Medborgarlöften i Staffanstorp – uppföljning ${q}</h1>
<p>${esc(r.period.name)} (${esc(r.period.starts_on)}–${esc(r.period.ends_on)}), ${esc(r.period.signed_by)}. Kvartalet ${esc(r.from)}–${esc(r.to)}.</p>
</header>
${r.data_quality.demo ? `<p class="demo" role="note"><strong>Demodata.</strong> ${esc(r.data_quality.note_sv)}</p>` : `<p role="note">${esc(r.data_quality.note_sv)}</p>`}
<h2>Det här lovade vi – läget vid kvartalets slut</h2>
<table><thead><tr><th>Löfte</th><th>Gjort hittills</th><th>Läge</th></tr></thead><tbody>
${promised}
</tbody></table>
<h2>Det här gjordes under kvartalet</h2>
<table><thead><tr><th>Aktivitet</th><th>Antal</th></tr></thead><tbody>
${done}
</tbody></table>
<h2>Var</h2>
<figure><img src="${MAP_FILE}" alt="Karta över Staffanstorps bostadsområden med informationstillfällen och trygghetsvandringar ${q}" width="800" height="600">
<figcaption class="legend"><span><i class="sw" style="background:#0072B2"></i>Aktiv grannsamverkan</span><span><i class="sw" style="background:#56B4E9"></i>Grannsamverkan startar</span><span><i class="sw" style="background:repeating-linear-gradient(45deg,#fff 0 3px,#999 3px 4px)"></i>Välkommen att starta grannsamverkan</span><span><i class="sw" style="background:#E69F00;border-radius:50%"></i>Informationstillfälle</span><span><i class="sw" style="background:#CC79A7"></i>Trygghetsvandring</span><br>Siffrorna i ett område är informationstillfällen/trygghetsvandringar under kvartalet; antal under 5 visas som "&lt;5".</figcaption></figure>
<p>Kartans data: <a href="${GEOJSON_FILE}">${GEOJSON_FILE}</a> (GeoJSON).</p>
<h2>Målen och hur de mäts</h2>
<table><thead><tr><th>Mål</th><th>Utgångsläge</th><th>Nu</th><th>Läge</th></tr></thead><tbody>
${indicators}
</tbody></table>
<footer>
<p>Antal under 5 visas som "&lt;5". Rapporten visar inga personuppgifter, inga inbrottssiffror per område och ingen polisnärvaro finare än område och kvartal.</p>
<p lang="en">${esc(r.data_quality.note_en)}</p>
</footer>
</body>
</html>
`;
}
