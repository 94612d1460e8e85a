// i18next set up once, with the typed resources: t("panel.households") is checked at compile time.
// The browser uses the global instance (setupI18n); a page rendered elsewhere (the static report
// export, unit tests) gets a fresh instance of the same setup in one language (createI18n).
import i18next, { type InitOptions, type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en.ts";
import { isLang, type Lang } from "./format.ts";
import { type Messages, sv } from "./sv.ts";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Messages };
  }
}

const STORAGE_KEY = "grannkoll.lang";

/** Swedish unless the user chose English before (remembered in this browser only). */
function initialLanguage(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && isLang(saved)) return saved;
  } catch {
    // Storage can be blocked (private mode); Swedish is fine then.
  }
  return "sv";
}

function options(lng: Lang): InitOptions {
  return {
    lng,
    fallbackLng: "sv",
    resources: { sv: { translation: sv }, en: { translation: en } },
    // React escapes what it renders; escaping here too would show &amp; in names.
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  };
}

export function setupI18n() {
  const lng = initialLanguage();
  document.documentElement.lang = lng;
  void i18next.use(initReactI18next).init(options(lng));
  return i18next;
}

/** A separate instance in one language, set up as the app's (for rendering outside the browser). */
export function createI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.init(options(lang));
  return instance;
}

export function changeLanguage(lang: Lang) {
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered; the choice still applies to this page.
  }
  return i18next.changeLanguage(lang);
}

/** The current language, narrowed to the ones we have. */
export function currentLang(language: string): Lang {
  return isLang(language) ? language : "sv";
}
