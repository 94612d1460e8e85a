// Every view of the app: its path, its label in the header's nav, what it shows and who may see it.
// Adding a view is one line here. `roles` mirrors the API it reads (server/auth/access.ts): a view
// without roles is public; the nav shows a user only the views their role may use, and the app
// puts a RequireRole gate in front of the others. Each view's code (and what only it uses: MapLibre
// for the maps, uPlot for the promise trends, …) is its own chunk, fetched when the view is first
// shown; the login and password forms are part of the gate, so they stay in the main bundle.
import { useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { Component, type ComponentType, lazy, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { matchRoute, type Parser } from "wouter";
import type { PublicMeta, WorkMeta } from "../server/meta/routes.ts";
import { workMetaQuery } from "./api/queries.ts";
import { LoginView } from "./auth/login-view.tsx";
import { ADMIN, PLANNING, type Role, SHARED } from "./auth/roles.ts";
import { LoadError } from "./load-error.tsx";

/** What a public view gets: the public meta only (/api/meta), the same for everyone. */
export type PublicViewProps = { meta: PublicMeta };
/** What a logged-in view gets besides: the data's range and default period (/api/meta/work). */
export type WorkViewProps = { meta: PublicMeta; work: WorkMeta };

type Lazy<P> = ComponentType<P> & { preload?: () => void };

/**
 * A view whose code is fetched the first time it is shown: its own chunk, same origin, so the CSP's
 * script-src 'self' allows it. `preload` starts the fetch early, e.g. while /api/meta is on its way.
 */
function lazyView<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> & { preload: () => void } {
  return Object.assign(
    lazy(async () => ({ default: await load() })),
    {
      // A failure here is shown when the view itself is rendered (ViewPage).
      preload: () => void load().catch(() => undefined),
    },
  );
}

/**
 * The view in the page: a loading line while its code is fetched, then the view; a message with a
 * reload if the chunk cannot be fetched (no network, or an old page after a new version was
 * deployed) or the view fails to render.
 */
export function ViewPage({ view, meta }: { view: View; meta: PublicMeta }) {
  return (
    <ViewError>
      <Suspense fallback={<ViewLoading />}>
        {view.roles === undefined ? (
          <view.component meta={meta} />
        ) : (
          <WorkPage view={view} meta={meta} />
        )}
      </Suspense>
    </ViewError>
  );
}

/** A logged-in view: the loading line until /api/meta/work has answered too, then the view. */
function WorkPage({ view, meta }: { view: WorkView; meta: PublicMeta }) {
  const work = useQuery(workMetaQuery());
  if (work.isPending) return <ViewLoading />;
  if (work.isError) {
    return <LoadError message={work.error.message} onRetry={() => void work.refetch()} />;
  }
  return <view.component meta={meta} work={work.data} />;
}

function ViewLoading() {
  const { t } = useTranslation();
  return (
    <p className="app__status" role="status" data-testid="view-loading">
      {t("app.loadingView")}
    </p>
  );
}

function ViewErrorMessage({ error }: { error: unknown }) {
  return (
    <LoadError
      message={error instanceof Error ? error.message : String(error)}
      // React.lazy keeps a failed import; only a reload fetches the chunk again.
      onRetry={() => window.location.reload()}
    />
  );
}

class ViewError extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    if (this.state.error !== null) return <ViewErrorMessage error={this.state.error} />;
    return this.props.children;
  }
}

const PublicMap = lazyView<PublicViewProps>(() =>
  import("./public/public-map.tsx").then((m) => m.PublicMap),
);
const PromisesView = lazyView<PublicViewProps>(() =>
  import("./promises/promises-view.tsx").then((m) => m.PromisesView),
);
const ReportsList = lazyView<PublicViewProps>(() =>
  import("./reports/reports-list.tsx").then((m) => m.ReportsList),
);
const ReportView = lazyView<PublicViewProps>(() =>
  import("./reports/report-view.tsx").then((m) => m.ReportView),
);
const Dashboard = lazyView<WorkViewProps>(() => import("./dashboard.tsx").then((m) => m.Dashboard));
const RankingView = lazyView<WorkViewProps>(() =>
  import("./planner/ranking-view.tsx").then((m) => m.RankingView),
);
const RecordView = lazyView<WorkViewProps>(() =>
  import("./recording/record-view.tsx").then((m) => m.RecordView),
);
const ImportView = lazyView<WorkViewProps>(() =>
  import("./import/import-view.tsx").then((m) => m.ImportView),
);
const FollowUpView = lazyView<WorkViewProps>(() =>
  import("./follow-up/follow-up-view.tsx").then((m) => m.FollowUpView),
);
const PoliceView = lazyView<WorkViewProps>(() =>
  import("./police/police-view.tsx").then((m) => m.PoliceView),
);
const AdminView = lazyView<WorkViewProps>(() =>
  import("./admin/admin-view.tsx").then((m) => m.AdminView),
);
const AccountView = lazyView<WorkViewProps>(() =>
  import("./auth/account-view.tsx").then((m) => m.AccountView),
);

interface ViewBase {
  path: string;
  /** The nav label; `role` is the viewer's (a view can read differently for each role). */
  label: (t: TFunction, role: Role | null) => string;
  /** False for views reached by a link, not from the nav (e.g. one report). */
  nav?: false;
}

/** Open to everyone, the public included: sees only the public meta. */
export interface PublicView extends ViewBase {
  roles: undefined;
  /** `preload` (lazily loaded views): start fetching its code before it is shown. */
  component: Lazy<PublicViewProps>;
}

/** For the roles named: sees the work meta as well. */
export interface WorkView extends ViewBase {
  roles: readonly Role[];
  component: Lazy<WorkViewProps>;
}

export type View = PublicView | WorkView;

export const VIEWS: View[] = [
  { path: "/", label: (t) => t("pub.nav.home"), component: PublicMap, roles: undefined },
  {
    path: "/loften",
    label: (t) => t("pub.nav.promises"),
    component: PromisesView,
    roles: undefined,
  },
  {
    path: "/rapporter",
    label: (t) => t("pub.nav.reports"),
    component: ReportsList,
    roles: undefined,
  },
  {
    path: "/rapporter/:quarter",
    label: (t) => t("pub.nav.reports"),
    component: ReportView,
    roles: undefined,
    nav: false,
  },
  {
    path: "/logga-in",
    label: (t) => t("auth.login.title"),
    component: LoginView,
    roles: undefined,
    nav: false,
  },
  // Areas carry burglary figures: every logged-in role.
  { path: "/karta", label: (t) => t("planner.nav.map"), component: Dashboard, roles: SHARED },
  {
    path: "/prioritering",
    label: (t) => t("planner.nav.ranking"),
    component: RankingView,
    roles: PLANNING,
  },
  {
    path: "/registrera",
    label: (t) => t("planner.nav.record"),
    component: RecordView,
    roles: PLANNING,
  },
  {
    path: "/import",
    label: (t) => t("planner.nav.import"),
    component: ImportView,
    roles: PLANNING,
  },
  // Police read the follow-up; only planners edit it (the view hides its forms from police).
  {
    path: "/uppfoljning",
    label: (t) => t("pub.nav.followUp"),
    component: FollowUpView,
    roles: SHARED,
  },
  // Police see all three tabs; planners only the shared lägesbild, so their link says so.
  {
    path: "/polis",
    label: (t, role) => (role === "police" ? t("police.nav") : t("police.tabs.lagesbild")),
    component: PoliceView,
    roles: SHARED,
  },
  {
    path: "/polis/:tab",
    label: (t) => t("police.nav"),
    component: PoliceView,
    roles: SHARED,
    nav: false,
  },
  { path: "/admin", label: (t) => t("admin.nav"), component: AdminView, roles: ADMIN },
  {
    path: "/konto",
    label: (t) => t("auth.account.title"),
    component: AccountView,
    roles: SHARED,
    nav: false,
  },
];

/** Starts fetching the code of the view `location` shows, e.g. while /api/meta is on its way. */
export function preloadView(parser: Parser, location: string): void {
  VIEWS.find((view) => matchRoute(parser, view.path, location)[0])?.component.preload?.();
}
