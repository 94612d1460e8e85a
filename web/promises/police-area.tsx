// The whole police area on the public pages (/loften?kommun=alla, and the police area's reports):
// each kommun's current promise period and how its promises stand, with a link to the kommun's own
// page, and an ended quarter's figures summed over the kommuner. Counts of households (märk-DNA,
// burglaries) are sums of the kommuner's released values, so a kommun's "<5" makes the sum a range;
// "<5" stays "<5". Every figure says what it counts and over which period. Reads only
// /api/public/police-area*.
import { useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type {
  PoliceAreaKommun,
  PoliceAreaQuarter,
  PoliceAreaSummary,
} from "../../server/privacy/police-area.ts";
import type { DemoKind } from "../../server/privacy/source-demo.ts";
import { publicPoliceAreaQuery } from "../api/queries.ts";
import { formatDate, formatInteger, type Lang } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { ALL, type Kommun, kommunName } from "../kommun/kommun.ts";
import { keepKommun } from "../kommun/use-public-kommun.ts";
import { DemoTag, PrintDemoNote } from "../public/demo-mark.tsx";
import {
  periodName,
  quarterLong,
  referenceLines,
  releasedText,
  smallCountText,
} from "../public/wording.ts";

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

function KommunCard({ k, asOf }: { k: PoliceAreaKommun; asOf: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  return (
    <li className="police-area__kommun" data-testid="police-area-kommun" data-kommun={k.code}>
      <h4>{k.name}</h4>
      {k.period ? (
        <p className="muted">
          {t("pub.promises.period", {
            name: periodName(k.period, t, lang),
            from: formatDate(k.period.starts_on, lang),
            to: formatDate(k.period.ends_on, lang),
          })}
        </p>
      ) : (
        <p className="muted">{t("pub.policeArea.noPeriod")}</p>
      )}
      {k.promises && (
        <ul className="police-area__standing" aria-label={t("pub.policeArea.promises")}>
          {/* "0 of 0" says nothing: a period without activities or goals leaves the line out. */}
          {k.promises.activities > 0 && (
            <li data-testid="police-area-activities">
              {t("pub.policeArea.activitiesDone", {
                done: formatInteger(k.promises.achieved, lang),
                total: formatInteger(k.promises.activities, lang),
              })}
            </li>
          )}
          {k.promises.goals > 0 && (
            <li data-testid="police-area-goals">
              {t("pub.policeArea.goalsMet", {
                done: formatInteger(k.promises.goals_met, lang),
                total: formatInteger(k.promises.goals, lang),
              })}
            </li>
          )}
          <li className="muted">{t("pub.policeArea.asOf", { date: asOf })}</li>
        </ul>
      )}
      <p>
        <Link href={k.url} data-testid="police-area-kommun-link">
          {t("pub.policeArea.open", { name: k.name })}
        </Link>
      </p>
    </li>
  );
}

function Summary({ s }: { s: PoliceAreaSummary }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const asOf = formatDate(s.as_of, lang);
  const latest = s.quarters.at(-1);
  const facts = referenceLines(s.facts, t, lang);
  return (
    <section data-testid="police-area-summary" data-demo={s.demo}>
      {s.demo && <PrintDemoNote />}
      <h3>{t("pub.policeArea.title", { name: s.police_area })}</h3>
      <p>{t("pub.policeArea.intro")}</p>
      {s.demo && (
        <p className="report__demo" data-testid="police-area-demo">
          {t("demo.mark")}
        </p>
      )}
      <h4 className="police-area__caption">
        {t("pub.policeArea.kommunerCaption", { date: asOf })}
      </h4>
      <ul className="police-area__kommuner">
        {s.kommuner.map((k) => (
          <KommunCard key={k.code} k={k} asOf={asOf} />
        ))}
      </ul>
      {latest ? (
        <>
          <h3>{t("pub.policeArea.quarterTitle", { quarter: quarterLong(latest.quarter, t) })}</h3>
          <QuarterFigures quarter={latest} />
          <p>
            <Link href={`/rapporter/${latest.quarter}${keepKommun(ALL)}`}>
              {t("pub.policeArea.perKommun", { quarter: quarterLong(latest.quarter, t) })}
            </Link>
            {" · "}
            <Link href={`/rapporter${keepKommun(ALL)}`}>{t("pub.policeArea.allReports")}</Link>
          </p>
        </>
      ) : (
        <p>{t("pub.policeArea.noQuarter")}</p>
      )}
      {facts.length > 0 && (
        <>
          <h3>{t("pub.policeArea.facts")}</h3>
          <ul data-testid="police-area-facts">
            {facts.map((l) => (
              <li key={l.key}>
                {l.text} ({t("pub.refs.source")}:{" "}
                {l.sources.map((src, i) => (
                  <span key={src.url ?? src.label}>
                    {i > 0 && ", "}
                    {src.url ? (
                      <a href={src.url} target="_blank" rel="noreferrer">
                        {src.label}
                      </a>
                    ) : (
                      src.label
                    )}
                  </span>
                ))}
                )
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** /loften for the whole police area. */
export function PoliceAreaPromises() {
  const { t } = useTranslation();
  const q = useQuery(publicPoliceAreaQuery());
  return (
    <>
      {q.isPending && <p role="status">{t("app.loading")}</p>}
      {q.isError && (
        <p role="alert" className="form-error">
          {t("pub.policeArea.error", { message: q.error.message })}
        </p>
      )}
      {q.data && <Summary s={q.data} />}
    </>
  );
}
