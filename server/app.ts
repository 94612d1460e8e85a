// The Hono application: every feature's router chained under /api, so `AppType` carries each
// route's request and response types to the web client (hc<AppType>).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { adminRoutes } from "./admin/routes.ts";
import { areaRoutes } from "./areas/routes.ts";
import { type Auth, createAuth } from "./auth/auth.ts";
import { sessionGuard } from "./auth/guard.ts";
import { authRoutes } from "./auth/routes.ts";
import { tokenRoutes } from "./auth/token-routes.ts";
import { createBuiltUpLayer } from "./basemap/built-up.ts";
import { ATTRIBUTION, basemapRoutes } from "./basemap/routes.ts";
import { boundaryRoutes } from "./boundaries/routes.ts";
import type { Db } from "./db/open.ts";
import { dnaKitRoutes } from "./dna-kits/routes.ts";
import { exportRoutes } from "./exports/routes.ts";
import { readFacts } from "./facts/facts.ts";
import { findingRoutes } from "./findings/routes.ts";
import { clientAddress } from "./http/actor.ts";
import { createJsonCache, type JsonCache } from "./http/cached-json.ts";
import { errorBody } from "./http/errors.ts";
import { jsonBodyLimit } from "./http/limits.ts";
import { withPublicOrigin } from "./http/public-origin.ts";
import { securityHeaders, withSecurityHeaders } from "./http/security-headers.ts";
import { importRoutes } from "./imports/routes.ts";
import { internalRoutes } from "./internal/routes.ts";
import { createKommunRepo, type KommunRepo } from "./kommun/repo.ts";
import { messageRoutes } from "./messages/routes.ts";
import { createMetaRepo } from "./meta/repo.ts";
import { metaRoutes } from "./meta/routes.ts";
import { OGC_PATH, ogcRoutes } from "./ogc/routes.ts";
import { systemClock } from "./period/dates.ts";
import { priorityRoutes } from "./priorities/routes.ts";
import { createPublicView, type PublicView } from "./privacy/public-view.ts";
import { promiseRoutes } from "./promises/routes.ts";
import { publicRoutes } from "./public/routes.ts";
import { visitRoutes } from "./visits/routes.ts";
import { watchGroupRoutes } from "./watch-groups/routes.ts";

export interface AppDeps {
  db: Db;
  dataDir: string;
  basemapStyleUrl?: string | undefined;
  clock?: () => Date;
  /** Shared with the front cache in main.ts; tests get a fresh one. */
  cache?: JsonCache;
  /** Accounts and sessions; shared with the front cache in main.ts. */
  auth?: Auth;
  /** One reverse proxy in front: take the client's address from X-Forwarded-For. */
  trustProxy?: boolean;
  /** Where clients reach the server (config PUBLIC_URL), for absolute links. */
  publicUrl?: string | undefined;
  /** The kommun views open on (config DEFAULT_KOMMUN); default Staffanstorp, else the first. */
  defaultKommun?: string | undefined;
}

/** The deployment's default kommun: the configured one, else Staffanstorp if deployed, else the first. */
export function defaultKommunOf(deps: AppDeps, kommuner: KommunRepo): string {
  const codes = kommuner.codes();
  if (deps.defaultKommun) return deps.defaultKommun;
  return codes.includes("1230") ? "1230" : (codes[0] ?? "1230");
}

/** The police area's name: data/kommuner.json `police_area` (the data folder's, else the project's). */
export function policeAreaName(dataDir: string): string {
  for (const dir of [dataDir, join(import.meta.dirname, "..", "data")]) {
    const path = join(dir, "kommuner.json");
    if (!existsSync(path)) continue;
    const name = (JSON.parse(readFileSync(path, "utf8")) as { police_area?: unknown }).police_area;
    if (typeof name === "string" && name !== "") return name;
  }
  return "Lokalpolisområde";
}

/** The one privacy filter every public surface is built from (server/privacy/public-view.ts). */
export function publicViewOf(deps: AppDeps): PublicView {
  const { db, dataDir, basemapStyleUrl, clock } = deps;
  return createPublicView(db, {
    facts: readFacts(dataDir),
    policeArea: policeAreaName(dataDir),
    ...(deps.defaultKommun ? { defaultKommun: deps.defaultKommun } : {}),
    attribution: ATTRIBUTION,
    basemapStyleUrl: basemapStyleUrl ?? null,
    ...(clock ? { clock } : {}),
  });
}

export function createApi(deps: AppDeps & { publicView?: PublicView }) {
  const {
    db,
    dataDir,
    clock = systemClock,
    cache = createJsonCache(),
    auth = createAuth(db, { clock }),
    publicView = publicViewOf(deps),
  } = deps;
  const meta = createMetaRepo(db, clock);
  const kommuner = createKommunRepo(db);
  return new Hono()
    .route("/auth/tokens", tokenRoutes(db, auth.tokens))
    .route("/auth", authRoutes(db, auth))
    .route(
      "/meta",
      metaRoutes(meta, publicView, cache, kommuner, defaultKommunOf(deps, kommuner), clock),
    )
    .route("/areas", areaRoutes(db, meta, cache))
    .route(
      "/basemap",
      basemapRoutes(dataDir, cache, createBuiltUpLayer(db, dataDir, publicView.version)),
    )
    .route("/area-boundaries", boundaryRoutes(db, clock))
    .route("/priorities", priorityRoutes(db, meta, cache))
    .route("/visits", visitRoutes(db, clock))
    .route("/findings", findingRoutes(db, clock))
    .route("/watch-groups", watchGroupRoutes(db, clock))
    .route("/dna-kits", dnaKitRoutes(db, clock))
    .route("/imports", importRoutes(db))
    .route("/exports", exportRoutes(db, meta))
    .route("/internal", internalRoutes(db, meta, clock))
    .route("/", promiseRoutes(db, clock))
    .route("/messages", messageRoutes(db, clock))
    .route("/public", publicRoutes(publicView, cache))
    .route("/admin", adminRoutes(db, auth, clock))
    .get("/health", (c) => c.json({ ok: true as const }));
}

export function createApp(deps: AppDeps) {
  const auth = deps.auth ?? createAuth(deps.db, { clock: deps.clock });
  const publicView = publicViewOf(deps);
  const kommuner = createKommunRepo(deps.db);
  const app = new Hono()
    .use("*", withSecurityHeaders(securityHeaders(deps.basemapStyleUrl)))
    .use("*", withPublicOrigin({ publicUrl: deps.publicUrl, trustProxy: deps.trustProxy ?? false }))
    .use("/api/*", clientAddress(deps.trustProxy ?? false))
    // Before any route: every /api request is checked against the access table (server/auth/access.ts).
    .use("/api/*", sessionGuard(auth.sessions, kommuner.codes))
    .use("/api/*", jsonBodyLimit())
    .route("/api", createApi({ ...deps, auth, publicView }))
    .route(OGC_PATH, ogcRoutes(deps.db, publicView, auth, deps.clock))
    // Registered after every API route, so an unknown API path is a JSON 404, never the web app.
    .all("/api/*", (c) =>
      c.json(errorBody("not_found", `No such endpoint: ${c.req.method} ${c.req.path}`), 404),
    );
  app.onError((err, c) => {
    // Hono raises HTTPException for protocol-level problems (e.g. malformed JSON): a client error.
    if (err instanceof HTTPException && err.status < 500) {
      return c.json(errorBody("bad_request", err.message || "Bad request"), err.status);
    }
    // A client that drops the connection mid-body. node:http fails the body stream with its own
    // Error("aborted") of code ECONNRESET; @hono/node-server passes it on (or raises "Client
    // connection prematurely closed." / "Body is unusable") and aborts the request's signal.
    // Nobody is left to read the answer and nothing is wrong with the server: no log.
    const e = err as Error & { code?: unknown };
    const streamAborted = e.code === "ECONNRESET" && e.message === "aborted";
    const bodyCutOff =
      c.req.raw.signal.aborted &&
      (e.code === "ECONNRESET" ||
        e.message === "Client connection prematurely closed." ||
        (e instanceof TypeError && e.message === "Body is unusable"));
    if (streamAborted || bodyCutOff) {
      return c.json(
        errorBody("bad_request", "The request was cut off before its body was complete"),
        400,
      );
    }
    console.error(err);
    return c.json(errorBody("internal", "Internal server error"), 500);
  });
  return app;
}

export type AppType = ReturnType<typeof createApp>;
