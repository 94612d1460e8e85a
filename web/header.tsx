// The top bar: product name, the views' navigation, the demo-data badge, who is logged in (or a
// login link) and the language switch.
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { UserMenu } from "./auth/user-menu.tsx";
import { LANGUAGES } from "./i18n/format.ts";
import { changeLanguage, currentLang } from "./i18n/i18n.ts";
import { Nav } from "./nav.tsx";

/** `place`: the deployment's kommun or police area (/api/meta); the built-in name until it answers. */
export function Header({ demo, place }: { demo: boolean; place?: string | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const demoId = useId();
  // null: shown on hover and focus only; true: opened; false: closed by a click or tap.
  const [demoOpen, setDemoOpen] = useState<boolean | null>(null);
  const shownPlace = place ?? t("app.place");
  useEffect(() => {
    document.title = place ? `Grannkoll – ${place}` : t("app.title");
  }, [t, place]);
  return (
    <header className="header">
      <h1 className="header__title">
        Grannkoll <span className="header__place">– {shownPlace}</span>
      </h1>
      <Nav />
      {demo && (
        <div className="demo-badge" data-open={demoOpen ?? undefined}>
          {/* A button, so the explanation can be opened by keyboard and touch, not only by hover. */}
          <button
            type="button"
            className="demo-badge__label"
            data-testid="demo-badge"
            aria-expanded={demoOpen === true}
            aria-controls={demoId}
            aria-describedby={demoId}
            onClick={() => setDemoOpen((open) => !open)}
            // Leaving the badge forgets a close, so hover and focus show it again next time.
            onBlur={() => setDemoOpen(null)}
          >
            {t("demo.badge")}
          </button>
          <p id={demoId} role="tooltip" className="demo-badge__tip" data-testid="demo-explanation">
            {t("demo.explanation")}
          </p>
        </div>
      )}
      <UserMenu />
      <fieldset className="lang-switch" aria-label={t("language.label")}>
        {LANGUAGES.map((l) => (
          <button
            key={l}
            type="button"
            lang={l}
            className="lang-switch__button"
            data-testid={`lang-${l}`}
            aria-pressed={l === lang}
            // What it shows first (WCAG 2.5.3), then the language named in itself.
            aria-label={`${l.toUpperCase()}, ${t(`language.${l}`)}`}
            onClick={() => void changeLanguage(l)}
          >
            {l.toUpperCase()}
          </button>
        ))}
      </fieldset>
    </header>
  );
}
