// The page: the header, then the view the URL names (web/views.tsx) once /api/meta has answered
// (its code, a chunk of its own, is fetched meanwhile).
// Each view stands behind a RequireRole gate (which shows the password form instead while the
// account must change its password). An answer saying the session is gone (401, e.g. expired) makes the app ask for the
// session again, so the gate shows the login prompt instead of a raw error.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Route, Switch, useLocation, useRouter } from "wouter";
import { metaQuery } from "./api/queries.ts";
import { RequireRole } from "./auth/require-role.tsx";
import { needsSessionCheck, SESSION_KEY } from "./auth/session.ts";
import { Header } from "./header.tsx";
import type { KommunMeta } from "./kommun/use-public-kommun.ts";
import { LoadError } from "./load-error.tsx";
import { preloadView, VIEWS, ViewPage } from "./views.tsx";

/** Refetches the session whenever a query or a write is told the session is gone or locked. */
function useSessionWatch() {
  const client = useQueryClient();
  useEffect(() => {
    const recheck = (error: unknown) => {
      if (needsSessionCheck(error)) void client.invalidateQueries({ queryKey: SESSION_KEY });
    };
    const offQueries = client.getQueryCache().subscribe((event) => {
      if (event.type === "updated" && event.action.type === "error") recheck(event.action.error);
    });
    const offMutations = client.getMutationCache().subscribe((event) => {
      if (event.type === "updated" && event.action.type === "error") recheck(event.action.error);
    });
    return () => {
      offQueries();
      offMutations();
    };
  }, [client]);
}

/** The deployment's name in the header: the police area's when it covers several kommuner. */
function placeOf(meta: KommunMeta | undefined): string | undefined {
  const kommuner = meta?.kommuner ?? [];
  if (kommuner.length > 1) return meta?.police_area;
  return kommuner[0]?.name;
}

export function App() {
  const { t } = useTranslation();
  const meta = useQuery(metaQuery());
  useSessionWatch();
  // The view's code is fetched alongside /api/meta rather than after it.
  const { parser } = useRouter();
  const [location] = useLocation();
  useEffect(() => preloadView(parser, location), [parser, location]);
  return (
    <div className="app">
      <Header demo={meta.data?.demo ?? false} place={placeOf(meta.data)} />
      {meta.isPending && (
        <p className="app__status" role="status">
          {t("app.loading")}
        </p>
      )}
      {meta.isError && (
        <LoadError message={meta.error.message} onRetry={() => void meta.refetch()} />
      )}
      {meta.data && (
        <Switch>
          {VIEWS.map((view) => (
            <Route key={view.path} path={view.path}>
              <RequireRole roles={view.roles}>
                <ViewPage view={view} meta={meta.data} />
              </RequireRole>
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
