// One announced information session as a resident reads it: the day and time, the area and the
// venue, the topic, who arranges it, and how to sign up or ask (a link when it is an address, an
// e-mail or a phone number). Used by the public map's summary and its area panel.
import { useTranslation } from "react-i18next";
import type { PublicSession } from "../../server/privacy/areas.ts";
import type { VisitTopic } from "../../server/visits/schema.ts";
import { formatDate } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { DemoTag } from "./demo-mark.tsx";
import { sessionTime, signupHref } from "./wording.ts";

export function SessionInfo({
  session: s,
  showArea,
}: {
  session: PublicSession;
  showArea: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const time = sessionTime(s, lang);
  const by = s.organisers.map((o) => t(`organiser.${o}`)).join(", ");
  const href = s.signup ? signupHref(s.signup) : null;
  return (
    <div className="session-info" data-testid="session-info">
      <strong>
        {formatDate(s.date, lang)}
        {time && `, ${time}`}
      </strong>
      {showArea && <>, {s.area_name}</>}
      {s.demo && (
        <>
          {" "}
          <DemoTag />
        </>
      )}
      <div>
        {t(`visitTopic.${s.topic as VisitTopic}`)}
        {s.venue && <> · {t("pub.upcoming.venue", { venue: s.venue })}</>}
      </div>
      {by && <div className="muted">{t("pub.upcoming.by", { by })}</div>}
      {s.signup && (
        <div data-testid="session-signup">
          {t("pub.upcoming.signup")}{" "}
          {href ? <a href={href}>{s.signup}</a> : <span>{s.signup}</span>}
        </div>
      )}
    </div>
  );
}
