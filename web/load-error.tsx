// What the app says when something it needs could not be loaded: the reason in words and a way to
// try again (the caller says how: ask again, or reload the page).
import { useTranslation } from "react-i18next";

export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="app__status" role="alert">
      <p>{t("app.loadError", { message })}</p>
      <button type="button" onClick={onRetry}>
        {t("app.retry")}
      </button>
    </div>
  );
}
