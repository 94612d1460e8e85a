// The dashboard: header, map with its controls and legend, and the side panel (area list or one
// area's figures). Holds the few pieces of state the parts share.
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { metaQuery } from "./api/queries.ts";
import { Dashboard } from "./dashboard.tsx";
import { Header } from "./header.tsx";

export function App() {
  const { t } = useTranslation();
  const meta = useQuery(metaQuery());
  return (
    <div className="app">
      <Header demo={meta.data?.demo ?? false} />
      {meta.isPending && (
        <p className="app__status" role="status">
          {t("app.loading")}
        </p>
      )}
      {meta.isError && (
        <div className="app__status" role="alert">
          <p>{t("app.loadError", { message: meta.error.message })}</p>
          <button type="button" onClick={() => void meta.refetch()}>
            {t("app.retry")}
          </button>
        </div>
      )}
      {meta.data && <Dashboard meta={meta.data} />}
    </div>
  );
}
