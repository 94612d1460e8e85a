// The page: the header, then the view the URL names (web/views.tsx) once /api/meta has answered.
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Route, Switch } from "wouter";
import { metaQuery } from "./api/queries.ts";
import { Header } from "./header.tsx";
import { VIEWS } from "./views.tsx";

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
      {meta.data && (
        <Switch>
          {VIEWS.map(({ path, component: View }) => (
            <Route key={path} path={path}>
              <View meta={meta.data} />
            </Route>
          ))}
          <Route>
            <p className="app__status" role="alert">
              {t("planner.nav.notFound")}
            </p>
          </Route>
        </Switch>
      )}
    </div>
  );
}
