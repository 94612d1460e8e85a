// In an area without grannsamverkan: how to start it (links to the municipality and the police,
// no personal data) and the next information session nearby.
import { useTranslation } from "react-i18next";
import type { PublicAreaProperties } from "../../server/privacy/areas.ts";
import type { VisitTopic } from "../../server/visits/schema.ts";
import { formatDate, formatDecimal } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";

/** Each kommun's own website, where its safety coordinator is found. */
export const KOMMUN_URLS: Record<string, string> = {
  "1230": "https://staffanstorp.se/",
  "1231": "https://burlov.se/",
  "1261": "https://www.kavlinge.se/",
  "1262": "https://lomma.se/",
};
export const KOMMUN_URL = KOMMUN_URLS["1230"] as string;
export const POLICE_URL = "https://polisen.se/om-polisen/polisens-arbete/grannsamverkan/";

export function Invitation({ area }: { area: PublicAreaProperties }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const next = area.next_session_nearby;
  // The area's own kommun (every public area names it); a deployment of the earlier kind had one.
  const { kommun, kommun_name } = area as { kommun?: string; kommun_name?: string };
  const url = (kommun && KOMMUN_URLS[kommun]) || KOMMUN_URL;
  return (
    <section className="invitation" data-testid="invitation">
      <h3>{t("pub.invite.title", { name: area.name })}</h3>
      <p>{t("pub.invite.text")}</p>
      <p>{t("pub.invite.steps")}</p>
      <ol>
        <li>{t("pub.invite.step1")}</li>
        <li>
          {t("pub.invite.step2")}{" "}
          <a href={url} target="_blank" rel="noreferrer" data-testid="kommun-link">
            {t("pub.invite.kommun", { name: kommun_name ?? t("app.place") })}
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
