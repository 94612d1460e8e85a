// The user's language, for Intl formatting.
import { useTranslation } from "react-i18next";
import type { Lang } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";

export function useLang(): Lang {
  const { i18n } = useTranslation();
  return currentLang(i18n.language);
}
