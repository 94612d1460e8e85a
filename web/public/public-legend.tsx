// The public map's legend in words: the four coarse märk-DNA classes (the planners' colour-blind-safe
// palette) and what the outlines mean. Areas without grannsamverkan are invitations.
import "../map/swatch.css";
import "../areas/legend.css";
import { useTranslation } from "react-i18next";
import { formatDate } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { BuiltUpLegendItem } from "../map/built-up-legend.tsx";
import { BASE_COLORS, classColor } from "../map/map-style.ts";
import { DNA_CLASSES } from "./public-areas.ts";

export function PublicLegend({ asOf }: { asOf: string | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  return (
    <div className="legend" data-testid="legend">
      <h2 className="legend__title">{t("pub.map.legendTitle")}</h2>
      <ul className="legend__classes">
        {DNA_CLASSES.map((c, i) => (
          <li key={c} data-testid="legend-class">
            <span
              className="swatch"
              style={{ background: classColor("dna_uptake", i) }}
              aria-hidden="true"
            />
            {c}
          </li>
        ))}
      </ul>
      <p className="legend__note">{t("pub.map.legendNote")}</p>
      {asOf && (
        <p className="legend__note" data-testid="legend-as-of">
          {t("pub.map.asOf", { date: formatDate(asOf, lang) })}
        </p>
      )}
      <ul className="legend__marks">
        <BuiltUpLegendItem color={classColor("dna_uptake", 3)} />
        <li data-testid="legend-invitation">
          <span className="swatch swatch--hatch" aria-hidden="true" />
          <span>{t("pub.map.invitation")}</span>
        </li>
        <li>
          <span
            className="swatch swatch--outline"
            style={{ borderColor: BASE_COLORS.startingLine }}
            aria-hidden="true"
          />
          {t("pub.map.starting")}
        </li>
      </ul>
    </div>
  );
}
