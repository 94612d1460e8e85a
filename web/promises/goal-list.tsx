// Outcome goals: the baseline and the current figure, each saying what it counts and over exactly
// which quarters or on which day, as a range with a note where a quarter under 5 is part of it;
// the status in words ("Kan inte avgöras" when the ranges overlap); and the real, sourced facts
// that put the goal in context, marked as real beside the demo figures. Used by /loften, the
// report and its static export; no stylesheet import, so Node can render it.
import { useTranslation } from "react-i18next";
import type { PublicFigure } from "../../server/privacy/progress-goal-figures.ts";
import type { PublicGoal } from "../../server/privacy/progress-goals.ts";
import type { Lang } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { DemoTag } from "../public/demo-mark.tsx";
import { figureLabel, figurePeriod, figureValue, referenceLines } from "../public/wording.ts";
import { StatusBadge } from "./status-badge.tsx";

function FigureCell(props: {
  f: PublicFigure | null;
  which: "baseline" | "current";
  lang: Lang;
  label: string;
}) {
  const { f, which, lang } = props;
  const { t } = useTranslation();
  if (!f) {
    return (
      <td data-label={props.label} data-testid={`goal-${which}`}>
        —
      </td>
    );
  }
  const words = [figureLabel(f, which, t, lang), figurePeriod(f, t, lang)].filter(Boolean);
  return (
    <td data-label={props.label} data-testid={`goal-${which}`}>
      <strong data-testid="figure-value">{figureValue(f, lang)}</strong>
      {words.length > 0 && (
        <span className="muted" data-testid="figure-period">
          {" "}
          {words.join(", ")}
        </span>
      )}
      {f.demo && (
        <>
          {" "}
          <DemoTag />
        </>
      )}
      {f.source_url && (
        <>
          {" "}
          <a href={f.source_url} target="_blank" rel="noreferrer">
            {t("pub.promises.source")}
          </a>
        </>
      )}
      {f.approximate && f.max >= 5 && (
        <span className="figure-note" data-testid="range-note">
          {t("pub.figures.rangeNote")}
        </span>
      )}
    </td>
  );
}

function References({ goal, lang }: { goal: PublicGoal; lang: Lang }) {
  const { t } = useTranslation();
  const lines = referenceLines(goal.references, t, lang);
  if (lines.length === 0) return null;
  return (
    <div className="goal-refs" data-testid="goal-refs">
      <span className="real-tag">{t("pub.refs.title")}</span>
      <ul>
        {lines.map((l) => (
          <li key={l.key} data-testid="goal-ref" data-indicator={l.key}>
            {l.text} ({t("pub.refs.source")}:{" "}
            {l.sources.map((s, i) => (
              <span key={s.url ?? s.label}>
                {i > 0 && ", "}
                {s.url ? (
                  <a href={s.url} target="_blank" rel="noreferrer">
                    {s.label}
                  </a>
                ) : (
                  s.label
                )}
              </span>
            ))}
            {")"}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function GoalList({ goals }: { goals: PublicGoal[] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  return (
    <div className="table-scroll">
      <table className="pub-table goals" data-testid="goals">
        <thead>
          <tr>
            <th scope="col">{t("pub.promises.goal")}</th>
            <th scope="col">{t("pub.promises.baseline")}</th>
            <th scope="col">{t("pub.promises.current")}</th>
            <th scope="col">{t("pub.promises.status")}</th>
          </tr>
        </thead>
        <tbody>
          {goals.map((g) => (
            <tr key={g.id} data-testid="goal" data-goal-id={g.id} data-indicator={g.indicator}>
              <th scope="row">
                {lang === "sv" ? g.title_sv : g.title_en}
                <div className="muted">
                  {lang === "sv"
                    ? g.measure
                    : // Judged on the promise's own published months, not on whole quarters.
                      g.indicator === "burglaries_not_increase" &&
                        g.baseline &&
                        !g.baseline.quarters
                      ? t("pub.goalMeasurePublished")
                      : t(`pub.goalMeasure.${g.indicator}`)}
                </div>
                <References goal={g} lang={lang} />
              </th>
              <FigureCell
                f={g.baseline}
                which="baseline"
                lang={lang}
                label={t("pub.promises.baseline")}
              />
              <FigureCell
                f={g.current}
                which="current"
                lang={lang}
                label={t("pub.promises.current")}
              />
              <td data-label={t("pub.promises.status")}>
                <StatusBadge
                  status={g.status}
                  provisional={g.provisional && g.status !== "manual"}
                />
                {g.status === "uncertain" && (
                  <span className="figure-note">{t("pub.figures.uncertainNote")}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
