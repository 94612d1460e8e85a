// One area on the public map: watch status in words, the märk-DNA class, completed sessions and
// walks per month (exact: the municipality's own activities), upcoming sessions with their time,
// venue and sign-up, and for an area without
// grannsamverkan the invitation. No burglary figures, rankings, presence or contact persons.
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { PublicAreaProperties } from "../../server/privacy/areas.ts";
import { currentLang } from "../i18n/i18n.ts";
import { Invitation } from "./invitation.tsx";
import { activityNewestFirst } from "./public-areas.ts";
import { SessionInfo } from "./session-info.tsx";
import { monthLabel } from "./wording.ts";

export function PublicPanel({
  area,
  onClose,
}: {
  area: PublicAreaProperties;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when another area is opened
  useEffect(() => headingRef.current?.focus(), [area.id]);
  const months = activityNewestFirst(area);
  const status = area.watch === "invitation" ? "none" : area.watch;
  return (
    <section
      className="area-panel"
      data-testid="area-panel"
      data-area-id={area.id}
      aria-label={t("pub.panel.label", { name: area.name })}
    >
      <div className="area-panel__head">
        <div>
          <h2 ref={headingRef} tabIndex={-1} data-testid="panel-title">
            {area.name}
          </h2>
          <p className="area-panel__sub">
            {area.locality} ·{" "}
            <span className={`status status--${status}`} data-testid="panel-watch">
              {t(`pub.watch.${area.watch}`)}
            </span>
            {area.demo && <span className="pub-demo"> · {t("pub.panel.demo")}</span>}
          </p>
        </div>
        <button
          type="button"
          className="icon-button"
          data-testid="panel-close"
          aria-label={t("pub.panel.close")}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <p>
        {t("pub.panel.dna")}: <strong data-testid="panel-dna">{area.dna_uptake_class}</strong>
      </p>
      {area.watch === "invitation" && <Invitation area={area} />}
      <h3>{t("pub.panel.done")}</h3>
      {months.length === 0 ? (
        <p className="muted">{t("pub.panel.nothingDone")}</p>
      ) : (
        <table className="pub-table" data-testid="panel-activity">
          <thead>
            <tr>
              <th scope="col">{t("pub.panel.month")}</th>
              <th scope="col">{t("pub.panel.sessions")}</th>
              <th scope="col">{t("pub.panel.walks")}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthLabel(m.month, lang)}</th>
                <td>{m.info_sessions}</td>
                <td>{m.safety_walks}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {area.upcoming_sessions.length > 0 && (
        <>
          <h3>{t("pub.panel.upcoming")}</h3>
          <ul>
            {area.upcoming_sessions.map((s) => (
              <li key={s.id}>
                <SessionInfo session={s} showArea={false} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
