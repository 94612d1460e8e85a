// The whole police area on the public pages (/loften?kommun=alla, and the police area's reports):
// each kommun's current promise period and how its promises stand, with a link to the kommun's own
// page, and an ended quarter's figures summed over the kommuner. Counts of households (märk-DNA,
// burglaries) are sums of the kommuner's released values, so a kommun's "<5" makes the sum a range;
// "<5" stays "<5". Every figure says what it counts and over which period. Reads only
// /api/public/police-area*.
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { PoliceAreaKommun, PoliceAreaSummary } from "../../server/privacy/police-area.ts";
import { publicPoliceAreaQuery } from "../api/public-queries.ts";
import { formatDate, formatInteger } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { ALL } from "../kommun/kommun.ts";
import { keepKommun } from "../kommun/use-public-kommun.ts";
import { PrintDemoNote } from "../public/demo-mark.tsx";
import { periodName, quarterLong, referenceLines } from "../public/wording.ts";
import { QuarterFigures } from "./police-area-quarter.tsx";

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
