// The activity promises: done / target, deadline, status (word + shape) and the gaps (months
// without an app message, weeks without an exchange). Used by /loften and the quarterly report.
import { useTranslation } from "react-i18next";
import type { PublicActivityPromise } from "../../server/public/promises.ts";
import { formatDate } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { gapList } from "./status.ts";
import { StatusBadge } from "./status-badge.tsx";

export function PromiseList({ promises }: { promises: PublicActivityPromise[] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  return (
    <ul className="promise-list" data-testid="promise-list">
      {promises.map((p) => (
        <li key={p.id} className="promise" data-testid="promise" data-promise-id={p.id}>
          <div className="promise__head">
            <strong>{lang === "sv" ? p.title_sv : p.title_en}</strong>
            <StatusBadge status={p.status} />
          </div>
          <p className="promise__figures">
            <span data-testid="promise-done">
              {/* "<5 av 1" would read as nonsense: a kept promise with a small count says so in words. */}
              {p.status === "achieved" && p.done.value === null
                ? t("pub.promises.reached", { target: p.target })
                : t("pub.promises.done", { done: p.done.display, target: p.target })}
            </span>{" "}
            <span className="muted">
              {p.measure} · {t("pub.promises.deadline", { date: formatDate(p.deadline, lang) })}
            </span>
          </p>
          {p.gaps.length > 0 && (
            <p className="promise__gaps" data-testid="promise-gaps">
              {p.unit === "month"
                ? t("pub.promises.gapsMonth", { list: gapList(p.gaps) })
                : t("pub.promises.gapsWeek", { count: p.gaps.length, list: gapList(p.gaps) })}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
