// Outcome goals: baseline, current value and the source of each figure.
import { useTranslation } from "react-i18next";
import type { PublicFigure, PublicGoal } from "../../server/public/promises.ts";
import { currentLang } from "../i18n/i18n.ts";
import { StatusBadge } from "./status-badge.tsx";

function value(f: PublicFigure, lang: "sv" | "en"): string {
  if (f.value === null) return "—";
  if (f.kind === "index") return f.value.toLocaleString(lang === "sv" ? "sv-SE" : "en-GB");
  return f.value.display;
}

function FigureCell(props: { f: PublicFigure; lang: "sv" | "en"; label: string }) {
  const { f, lang } = props;
  const { t } = useTranslation();
  const span = f.from || f.to ? ` (${[f.from, f.to].filter(Boolean).join(" – ")})` : "";
  return (
    <td data-label={props.label}>
      <strong>{value(f, lang)}</strong>
      <span className="muted">
        {f.label ? ` ${f.label}` : ""}
        {span}
      </span>
      {f.source_url && (
        <>
          {" "}
          <a href={f.source_url} target="_blank" rel="noreferrer">
            {t("pub.promises.source")}
          </a>
        </>
      )}
    </td>
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
            <th scope="col">{t("pub.summary.title")}</th>
            <th scope="col">{t("pub.promises.baseline")}</th>
            <th scope="col">{t("pub.promises.current")}</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {goals.map((g) => (
            <tr key={g.id}>
              <th scope="row">
                {lang === "sv" ? g.title_sv : g.title_en}
                <div className="muted">{g.measure}</div>
              </th>
              <FigureCell f={g.baseline} lang={lang} label={t("pub.promises.baseline")} />
              <FigureCell f={g.current} lang={lang} label={t("pub.promises.current")} />
              <td>
                <StatusBadge status={g.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
