// One ended quarter of the police area (the summary on /loften?kommun=alla and the police area's
// reports): its figures summed over the kommuner, and each kommun's side by side. Counts of
// households (märk-DNA, burglaries) are sums of the kommuner's released values, so a kommun's "<5"
// makes the sum a range; a "—" is explained under the table.
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { PoliceAreaQuarter } from "../../server/privacy/police-area.ts";
import type { DemoKind } from "../../server/privacy/source-demo.ts";
import { formatDate, formatInteger, type Lang } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { type Kommun, kommunName } from "../kommun/kommun.ts";
import { DemoTag } from "../public/demo-mark.tsx";
import { quarterLong, releasedText, smallCountText } from "../public/wording.ts";

type Exact = "info_sessions" | "contact_meetings" | "safety_walks" | "messages" | "watch_areas";

/** The quarter's figures in order: the key, its label, the kind of record it counts. */
const FIGURES: { key: Exact | "lagesbild_weeks" | "kits" | "burglaries"; kind: DemoKind }[] = [
  { key: "info_sessions", kind: "info_sessions" },
  { key: "contact_meetings", kind: "contact_meetings" },
  { key: "safety_walks", kind: "safety_walks" },
  { key: "messages", kind: "messages" },
  { key: "lagesbild_weeks", kind: "lagesbild" },
  { key: "kits", kind: "dna_kits" },
  { key: "burglaries", kind: "burglaries" },
  { key: "watch_areas", kind: "watch_groups" },
];

function figureLabel(key: (typeof FIGURES)[number]["key"], t: TFunction): string {
  return key === "burglaries" ? t("pub.policeArea.burglaries") : t(`pub.reports.counts.${key}`);
}

/** The police area's total of one figure, as text, and whether it is zero (no demo tag then). */
function totalOf(q: PoliceAreaQuarter, key: (typeof FIGURES)[number]["key"], lang: Lang) {
  if (key === "kits") {
    const k = q.kits_total;
    return { text: releasedText(k, lang), zero: k === null || k.max === 0 };
  }
  if (key === "burglaries") {
    const b = q.burglaries_total;
    return { text: releasedText(b, lang), zero: b === null || b.max === 0 };
  }
  return { text: formatInteger(q[key], lang), zero: q[key] === 0 };
}

/** What a "—" in a quarter's figures means, said under the table where one stands. */
export function DashNotes({ kits, burglaries }: { kits: boolean; burglaries: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {kits && (
        <p className="muted" data-testid="kits-dash">
          {t("pub.policeArea.kitsDash")}
        </p>
      )}
      {burglaries && <p className="muted">{t("pub.policeArea.burglariesDash")}</p>}
    </>
  );
}

/** One quarter's figures for the police area: a label, the sum over the kommuner, a demo tag. */
export function QuarterFigures({ quarter: q }: { quarter: PoliceAreaQuarter }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const quarter = quarterLong(q.quarter, t);
  return (
    <>
      <table className="pub-table report__counts" data-testid="police-area-quarter">
        <caption className="police-area__caption">
          {t("pub.policeArea.quarterCaption", {
            quarter,
            from: formatDate(q.from, lang),
            to: formatDate(q.to, lang),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("pub.policeArea.figure")}</th>
            <th scope="col">{t("pub.policeArea.total")}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {FIGURES.map(({ key, kind }) => {
            const v = totalOf(q, key, lang);
            return (
              <tr key={key} data-count={key}>
                <th scope="row">{figureLabel(key, t)}</th>
                <td data-testid={`total-${key}`}>{v.text}</td>
                <td className="report__tag">{!v.zero && q.demo.includes(kind) && <DemoTag />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <DashNotes kits={q.kits_total === null} burglaries={q.burglaries_total === null} />
      <p className="muted">{t("pub.policeArea.lagesbildNote")}</p>
    </>
  );
}

/** The quarter per kommun: a column per kommun and the police area's sum, in a scrolling region. */
export function KommunBreakdown({
  quarter: q,
  kommuner,
}: {
  quarter: PoliceAreaQuarter;
  kommuner: readonly Kommun[];
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const caption = t("pub.policeArea.perKommun", { quarter: quarterLong(q.quarter, t) });
  // The lägesbild is one for the whole police area: no kommun has a figure of its own.
  const rows = FIGURES.filter((f) => f.key !== "lagesbild_weeks");
  return (
    // A focusable region, so a keyboard can scroll the table sideways on a phone.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" aria-label={caption} tabIndex={0}>
      <table className="pub-table" data-testid="police-area-per-kommun">
        <caption className="police-area__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("pub.policeArea.figure")}</th>
            {q.kommuner.map((k) => (
              <th scope="col" key={k.kommun} data-kommun={k.kommun}>
                {kommunName(kommuner, k.kommun)}
              </th>
            ))}
            <th scope="col">{t("pub.policeArea.total")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key }) => (
            <tr key={key} data-count={key}>
              <th scope="row">{figureLabel(key, t)}</th>
              {q.kommuner.map((k) => (
                <td key={k.kommun} data-kommun={k.kommun}>
                  {key === "kits"
                    ? smallCountText(k.kits, lang)
                    : key === "burglaries"
                      ? smallCountText(k.burglaries, lang)
                      : formatInteger(k[key as Exact], lang)}
                </td>
              ))}
              <td>{totalOf(q, key, lang).text}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <DashNotes
        kits={q.kommuner.some((k) => k.kits === null)}
        burglaries={q.kommuner.some((k) => k.burglaries === null)}
      />
    </section>
  );
}
