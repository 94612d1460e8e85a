// The built web app (dist/) under the API: files as they are, the app shell for every other
// path (client-side routes). Vite names each asset by a hash of its content, so an asset never
// changes under its name: browsers keep it for a year without asking again. The app shell is
// always revalidated, so a new release is picked up at the next load. The build writes brotli
// and gzip copies beside each file (vite.config.ts), which are sent when the browser takes them.
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";
import { compress } from "hono/compress";
import { sendError } from "./errors.ts";

const IMMUTABLE = "public, max-age=31536000, immutable";

export function mountWebApp(root: Hono, distDir: string): void {
  // Set on the answer once it is made (serveStatic's onFound runs too late to change it).
  root.use("*", async (c, next) => {
    await next();
    if (c.res.status !== 200) return;
    const hashed = c.req.path.startsWith("/assets/");
    c.res.headers.set("Cache-Control", hashed ? IMMUTABLE : "no-cache");
  });
  // For the rare file without a precompressed copy.
  root.use("*", compress());
  root.use("*", serveStatic({ root: distDir, precompressed: true }));
  // A missing asset is a 404, never the app shell: HTML where a script was expected cannot run,
  // and the app says a view's code failed to load only when the request fails.
  root.get("/assets/*", (c) => sendError(c, 404, "not_found", "No such file"));
  root.get("*", serveStatic({ path: join(distDir, "index.html"), precompressed: true }));
}
