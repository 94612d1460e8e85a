// The process: configuration, database (created from data/ on first start), API and the built web.
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { getRequestListener } from "@hono/node-server";
import { Hono } from "hono";
import { runRetention } from "./admin/run-retention.ts";
import { createApp } from "./app.ts";
import { createAuth } from "./auth/auth.ts";
import { authorizeRaw } from "./auth/guard.ts";
import { loadConfig } from "./config.ts";
import { openDb } from "./db/open.ts";
import { seedIfEmpty } from "./db/seed.ts";
import { createJsonCache } from "./http/cached-json.ts";
import { withFrontCache } from "./http/front-cache.ts";
import { securityHeaders, withSecurityHeaders } from "./http/security-headers.ts";
import { mountWebApp } from "./http/web-app.ts";
import { createKommunRepo } from "./kommun/repo.ts";

function start() {
  const config = loadConfig();
  const db = openDb(config.DB_PATH);
  if (seedIfEmpty(db, config.DATA_DIR, config.KOMMUNER)) {
    console.log(`Created ${config.DB_PATH} from ${config.DATA_DIR}/`);
  }

  const cache = createJsonCache();
  const auth = createAuth(db);
  // Contact-detail retention (privacy settings): at start-up, then daily.
  const retention = () => {
    try {
      const { erased, watch_group_ids } = runRetention(db);
      if (erased > 0) {
        console.log(
          `Retention: erased contact details of watch groups ${watch_group_ids.join(", ")}`,
        );
      }
    } catch (err) {
      console.error(`Retention run failed: ${(err as Error).message}`);
    }
  };
  retention();
  setInterval(retention, 24 * 3_600_000).unref();
  // Ended sessions are refused when used; this removes their rows too.
  auth.sessions.sweep();
  setInterval(() => auth.sessions.sweep(), 3_600_000).unref();
  const headers = securityHeaders(config.BASEMAP_STYLE_URL);
  // The app sets the same headers on its own answers; this covers the static web app too.
  const root = new Hono().use("*", withSecurityHeaders(headers)).route(
    "/",
    createApp({
      db,
      cache,
      auth,
      trustProxy: config.TRUST_PROXY,
      publicUrl: config.PUBLIC_URL,
      defaultKommun: config.DEFAULT_KOMMUN,
      dataDir: config.DATA_DIR,
      basemapStyleUrl: config.BASEMAP_STYLE_URL,
    }),
  );
  if (existsSync(join(config.DIST_DIR, "index.html"))) {
    mountWebApp(root, config.DIST_DIR);
  } else {
    console.warn(`No built web app in ${config.DIST_DIR}/: run 'npm run build' (npm start does).`);
  }

  const kommuner = createKommunRepo(db);
  const allowed = (path: string, cookie: string | undefined) =>
    authorizeRaw(auth.sessions, kommuner.codes, "GET", path, cookie);
  const server = createServer(
    withFrontCache(cache, getRequestListener(root.fetch), headers, allowed),
  );
  server.listen(config.PORT, config.HOST, () => {
    const address = server.address();
    const port = address && typeof address === "object" ? address.port : config.PORT;
    console.log(`Grannkoll listening on http://localhost:${port}`);
  });
  const stop = () => {
    server.close();
    db.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

try {
  start();
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
