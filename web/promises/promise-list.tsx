// The activity promises: what was done, exactly, against the target ("8 (mål: minst 5)", "17 av
// 18 månader", "inget registrerat"), the deadline, the status (word + shape, "preliminärt" while
// the period runs on) and the gaps (months without an app message, weeks without an exchange).
// Used by /loften, the quarterly report and its static export; no stylesheet import, so Node can
// render it.
import { useTranslation } from "react-i18next";
import type { PublicActivityPromise } from "../../server/privacy/progress-activities.ts";
import { formatDate } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { DemoTag } from "../public/demo-mark.tsx";
import { activityDone, activityMeasure, gapLabels, shortList } from "../public/wording.ts";
import { StatusBadge } from "./status-badge.tsx";

export function PromiseList({ promises }: { promises: PublicActivityPromise[] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  return (
    <>
      {promises.some((p) => p.provisional) && (
        <p className="muted" data-testid="provisional-note">
          {t("pub.figures.provisionalNote")}
        </p>
      )}
      <ul className="promise-list" data-testid="promise-list">
        {promises.map((p) => {
          const gaps = gapLabels(p, t, lang);
          return (
            <li key={p.id} className="promise" data-testid="promise" data-promise-id={p.id}>
              <div className="promise__head">
                <strong>{lang === "sv" ? p.title_sv : p.title_en}</strong>
                <StatusBadge status={p.status} provisional={p.provisional} />
              </div>
              <p className="promise__figures">
                <span data-testid="promise-done">{activityDone(p, t, lang)}</span>{" "}
                <span className="muted">
                  {activityMeasure(p, t, lang)} ·{" "}
                  {t("pub.promises.deadline", { date: formatDate(p.deadline, lang) })}
                </span>
                {p.demo && p.status !== "no_record" && (
                  <>
                    {" "}
                    <DemoTag />
                  </>
                )}
              </p>
              {gaps.length > 0 && (
                <p className="promise__gaps" data-testid="promise-gaps">
                  {p.unit === "month"
                    ? t("pub.promises.gapsMonth", { list: shortList(gaps) })
                    : t("pub.promises.gapsWeek", { count: gaps.length, list: shortList(gaps) })}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
