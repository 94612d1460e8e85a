// The lists in the area panel: watch groups, visits (newest first) and burglaries per quarter.
import { useTranslation } from "react-i18next";
import type { AreaDetail } from "../../server/areas/types.ts";
import { formatDate, formatInteger } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";

export function WatchGroupList({ groups }: { groups: AreaDetail["watch_groups"] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  if (groups.length === 0) return <p className="muted">{t("panel.noGroups")}</p>;
  return (
    <ul className="item-list" data-testid="group-list">
      {groups.map((g) => (
        <li key={g.id} data-testid="group">
          <strong>{g.name}</strong> <span className="tag">{t(`groupStatus.${g.status}`)}</span>
          <br />
          {t("panel.groupLine", {
            households: formatInteger(g.households, lang),
            started: formatDate(g.started_on, lang),
          })}
        </li>
      ))}
    </ul>
  );
}

export function VisitList({ visits }: { visits: AreaDetail["visits"] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const organisers = t("organiser", { returnObjects: true }) as Record<string, string>;
  if (visits.length === 0) return null;
  return (
    <>
      <p className="muted">{t("panel.visitsAll")}</p>
      <ol className="item-list" data-testid="visit-list">
        {visits.map((v) => (
          <li key={v.id} data-testid="visit" data-in-period={v.in_period}>
            <time dateTime={v.date}>{formatDate(v.date, lang)}</time>
            {!v.in_period && <span className="tag">{t("panel.outsidePeriod")}</span>}
            <br />
            <strong>{t(`visitKind.${v.kind}`)}</strong> – {t(`visitTopic.${v.topic}`)}
            <br />
            <span className="muted">
              {t("panel.attendees")}:{" "}
              {v.attendees === null ? "–" : formatInteger(v.attendees, lang)}
              {" · "}
              {t("panel.kits")}: {formatInteger(v.kits, lang)}
            </span>
            {v.organisers.length > 0 && (
              <>
                <br />
                <span className="muted">
                  {t("panel.organisers")}: {v.organisers.map((o) => organisers[o] ?? o).join(", ")}
                </span>
              </>
            )}
            {v.notes && <p className="visit-notes">{v.notes}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}

export function BurglaryFigures({ byQuarter }: { byQuarter: AreaDetail["burglaries_by_quarter"] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  if (byQuarter.length === 0) return null;
  return (
    <table className="quarters" data-testid="burglaries-by-quarter">
      <caption>{t("panel.byQuarter")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("panel.quarter")}</th>
          <th scope="col">{t("panel.count")}</th>
        </tr>
      </thead>
      <tbody>
        {byQuarter.map((q) => (
          <tr key={q.quarter}>
            <th scope="row">{q.quarter.replace("-", " ")}</th>
            <td>{formatInteger(q.count, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
