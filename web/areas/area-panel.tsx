// The side panel (a bottom sheet on phones) with one area's figures for the chosen period.
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { AreaDetail, AreaProperties } from "../../server/areas/types.ts";
import { formatDate, formatDays, formatInteger, formatShare } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { BurglaryFigures, VisitList, WatchGroupList } from "./area-activity.tsx";
import { Figure } from "./figure.tsx";

export interface AreaPanelProps {
  /** From the area list: shown at once, while the detail loads. */
  summary: AreaProperties;
  detail: AreaDetail | undefined;
  error: string | null;
  onClose: () => void;
}

export function AreaPanel({ summary, detail, error, onClose }: AreaPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The detail may still be for the previously chosen area while the new one loads.
  const current = detail?.area.id === summary.id ? detail : undefined;
  const area = current?.area ?? summary;
  const int = (n: number) => formatInteger(n, lang);
  const methods = t("householdsMethods", { returnObjects: true }) as Record<string, string>;

  // Move focus to the panel so keyboard and screen-reader users land on what they opened.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when another area is opened
  useEffect(() => headingRef.current?.focus(), [summary.id]);

  return (
    <section
      className="area-panel"
      data-testid="area-panel"
      data-area-id={area.id}
      data-loaded={current ? "true" : "false"}
      aria-label={t("panel.label", { name: area.name })}
    >
      <div className="area-panel__head">
        <div>
          <h2 ref={headingRef} tabIndex={-1} data-testid="panel-title">
            {area.name}
          </h2>
          <p className="area-panel__sub">
            {t("panel.locality")}: {area.locality} ·{" "}
            <span className={`status status--${area.watch_status}`} data-figure="watch_status">
              {t(`status.${area.watch_status}`)}
            </span>
          </p>
        </div>
        <button
          type="button"
          className="icon-button"
          data-testid="panel-close"
          aria-label={t("panel.close")}
          title={t("panel.closeHint")}
          onClick={onClose}
        >
          ×
        </button>
      </div>

      {error && <p className="form-error">{error}</p>}

      <dl className="figures">
        <Figure
          name="households"
          label={t("panel.households")}
          value={int(area.households)}
          extra={
            <details className="estimate">
              <summary>{t("panel.estimate")}</summary>
              <p>
                {t("panel.householdsMethod")}:{" "}
                {methods[area.households_method] ?? area.households_method}
              </p>
            </details>
          }
        />
        <Figure
          name="eligible_voters"
          label={t("panel.eligibleVoters")}
          value={area.eligible_voters === null ? t("panel.unknown") : int(area.eligible_voters)}
        />
      </dl>

      <h3>{t("panel.watchTitle")}</h3>
      <dl className="figures">
        <Figure name="watch_groups" label={t("panel.groups")} value={int(area.watch_groups)} />
        <Figure
          name="watch_households"
          label={t("panel.watchHouseholds")}
          value={int(area.watch_households)}
        />
        <Figure
          name="watch_coverage"
          label={t("panel.watchCoverage")}
          value={formatShare(area.watch_coverage, lang)}
        />
      </dl>
      {current && <WatchGroupList groups={current.watch_groups} />}

      <h3>{t("panel.dnaTitle")}</h3>
      <dl className="figures">
        <Figure
          name="dna_households"
          label={t("panel.dnaHouseholds")}
          value={int(area.dna_households)}
        />
        <Figure
          name="dna_uptake"
          label={t("panel.dnaUptake")}
          value={formatShare(area.dna_uptake, lang)}
        />
      </dl>

      <h3>{t("panel.visitsTitle")}</h3>
      <dl className="figures">
        <Figure name="visits" label={t("panel.visitsInPeriod")} value={int(area.visits)} />
        <Figure
          name="last_visit"
          label={t("panel.lastVisit")}
          value={area.last_visit ? formatDate(area.last_visit, lang) : t("panel.noVisit")}
          extra={
            area.days_since_last_visit !== null && (
              <small data-figure="days_since_last_visit">
                {t("panel.daysSince", { days: formatDays(area.days_since_last_visit, lang) })}
              </small>
            )
          }
        />
      </dl>
      {current && <VisitList visits={current.visits} />}

      <h3>{t("panel.burglariesTitle")}</h3>
      <dl className="figures">
        <Figure name="burglaries" label={t("panel.burglaries")} value={int(area.burglaries)} />
      </dl>
      {current && <BurglaryFigures byQuarter={current.burglaries_by_quarter} />}

      {!current && !error && <p className="muted">{t("panel.loading")}</p>}
    </section>
  );
}
