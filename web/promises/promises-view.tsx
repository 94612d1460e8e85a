// /loften (public): every promise's progress, the outcome goals with baselines, the real facts
// beside them and their sources, and the trends per quarter as charts. Reads only
// /api/public/promises. Figures resting on invented records say so where they stand, and every
// printed page carries the demo line. A kommun with earlier periods offers them (?period=<id>).
import "../public/public.css";
import "../public/demo.css";
import "./promises.css";
import { useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.ts";
import { publicPromisesQuery } from "../api/public-queries.ts";
import { formatDate } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { ALL, type KommunChoice } from "../kommun/kommun.ts";
import { PublicKommunPicker } from "../kommun/public-kommun-picker.tsx";
import { usePublicKommun } from "../kommun/use-public-kommun.ts";
import { PrintDemoNote } from "../public/demo-mark.tsx";
import { periodName } from "../public/wording.ts";
import { useUrlState } from "../url-state/use-url-state.ts";
import type { PublicViewProps } from "../views.tsx";
import { GoalList } from "./goal-list.tsx";
import { PromisePeriodPicker, periodIdIn } from "./period-picker.tsx";
import { PoliceAreaPromises } from "./police-area.tsx";
import { PromiseList } from "./promise-list.tsx";
import { TrendChart } from "./trend-chart.tsx";
import { CHARTS } from "./trends.ts";

export function PromisesView({ meta }: PublicViewProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  // Each kommun has its own promises (?kommun=; the deployment's default kommun first).
  const kommun = usePublicKommun(meta);
  // The whole police area has a summary of its own (/api/public/police-area), not one kommun's page.
  const whole = kommun.choice === ALL;
  // Another kommun's periods are its own: a kommun chosen opens on its current period.
  const { params, set } = useUrlState();
  const heading = useRef<HTMLHeadingElement>(null);
  const period = periodIdIn(params.get("period"));
  const pickKommun = {
    ...kommun,
    setChoice: (k: KommunChoice) => kommun.setChoice(k, { period: null }),
  };
  const q = useQuery({
    ...publicPromisesQuery(kommun.choice, period),
    enabled: !whole,
    // Another period of the same kommun: the page (and the focused select) stays while it loads.
    placeholderData: (previous, query) =>
      query?.queryKey[2] === (kommun.choice ?? null) ? previous : undefined,
  });
  return (
    <main className="page promises-page" data-testid="promises-view">
      {!whole && q.data?.demo && <PrintDemoNote />}
      <h2 ref={heading} tabIndex={-1}>
        {t("pub.promises.title")}
      </h2>
      <PublicKommunPicker kommun={pickKommun} />
      {!whole && q.data && (
        <PromisePeriodPicker
          periods={q.data.periods}
          value={q.data.period.id}
          onChange={(id) => set({ period: String(id) })}
        />
      )}
      {whole && <PoliceAreaPromises />}
      {!whole && q.isPending && <p role="status">{t("app.loading")}</p>}
      {!whole && q.isError && (
        <div role="alert" className="form-error">
          <p>
            {/* The server's reason in the reader's words where it has a code for it. */}
            {q.error instanceof ApiError && q.error.fields.some((f) => f.code === "unknown_period")
              ? t("pub.promises.periodUnknown")
              : t("pub.promises.error", { message: q.error.message })}
          </p>
          {/* A link to a period that is not (or no longer) published: back to the current one. */}
          {period !== undefined && (
            <button
              type="button"
              onClick={() => {
                set({ period: null });
                // The button goes with the error: the page's heading takes the focus.
                heading.current?.focus();
              }}
              data-testid="period-current"
            >
              {t("pub.promises.periodCurrent")}
            </button>
          )}
        </div>
      )}
      {!whole && q.data && (
        <>
          <p className="muted" data-testid="promise-period">
            {t("pub.promises.period", {
              name: periodName(q.data.period, t, lang),
              from: formatDate(q.data.period.starts_on, lang),
              to: formatDate(q.data.period.ends_on, lang),
            })}
            {/* A period found in the press may have no signatories on record. */}
            {q.data.period.signed_by && ` · ${q.data.period.signed_by}`}
          </p>
          <p className="muted" data-testid="promise-as-of">
            {t("pub.promises.asOf", { date: formatDate(q.data.as_of, lang) })}
          </p>
          <h3>{t("pub.promises.activities")}</h3>
          <PromiseList promises={q.data.activities} />
          <h3>{t("pub.promises.goals")}</h3>
          {q.data.goals.length > 0 ? (
            <GoalList goals={q.data.goals} />
          ) : (
            <p className="muted" data-testid="no-goals">
              {t("pub.promises.noGoals")}
            </p>
          )}
          <h3>{t("pub.promises.trends")}</h3>
          <p className="muted">{t("pub.promises.smallNote")}</p>
          <div className="trends">
            {CHARTS.map((spec) => (
              <TrendChart key={spec.id} trends={q.data.trends} spec={spec} />
            ))}
          </div>
        </>
      )}
    </main>
  );
}
