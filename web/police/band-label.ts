// A band's name in the user's language: "Vardag 18–24".
import { useTranslation } from "react-i18next";
import type { BandInfo } from "../../server/coverage/types.ts";
import { bandHours } from "./heat.ts";

export function useBandLabel(bands: BandInfo[] | undefined) {
  const { t } = useTranslation();
  return (key: string) => {
    const b = bands?.find((x) => x.key === key);
    if (!b) return key;
    return t("police.band", { day: t(`police.day.${b.day_type}`), hours: bandHours(b) });
  };
}
