// In an area without grannsamverkan: how to start it (links to the municipality and the police,
// no personal data) and the next information session nearby.
import { useTranslation } from "react-i18next";
import type { PublicAreaProperties } from "../../server/privacy/areas.ts";
import type { VisitTopic } from "../../server/visits/schema.ts";
import { formatDate, formatDecimal } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";

export const KOMMUN_URL = "https://staffanstorp.se/";
export const POLICE_URL = "https://polisen.se/om-polisen/polisens-arbete/grannsamverkan/";

export function Invitation({ area }: { area: PublicAreaProperties }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const next = area.next_session_nearby;
  return (
    <section className="invitation" data-testid="invitation">
      <h3>{t("pub.invite.title", { name: area.name })}</h3>
      <p>{t("pub.invite.text")}</p>
      <p>{t("pub.invite.steps")}</p>
      <ol>
        <li>{t("pub.invite.step1")}</li>
        <li>
          {t("pub.invite.step2")}{" "}
          <a href={KOMMUN_URL} target="_blank" rel="noreferrer">
            {t("pub.invite.kommun")}
          </a>
        </li>
        <li>
          {t("pub.invite.step3")}{" "}
          <a href={POLICE_URL} target="_blank" rel="noreferrer">
            {t("pub.invite.police")}
          </a>
        </li>
      </ol>
      <p data-testid="next-session">
        {next
          ? t("pub.invite.next", {
              date: formatDate(next.date, lang),
              area: next.area_name,
              km: formatDecimal(next.distance_km, lang, 1),
              topic: t(`visitTopic.${next.topic as VisitTopic}`),
            })
          : t("pub.invite.noNext")}
      </p>
    </section>
  );
}
