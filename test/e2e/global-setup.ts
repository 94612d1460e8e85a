// Builds the web app once before the browser tests: the server serves dist/, and the tests must
// see the code as it is now, so the build is never skipped.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

export default function setup() {
  execFileSync("npx", ["vite", "build", "--mode", "production", "--logLevel", "warn"], {
    cwd: resolve(import.meta.dirname, "../.."),
    // Vitest sets NODE_ENV=test, which would make Vite build React's development bundle.
    env: { ...process.env, NODE_ENV: "production" },
    stdio: "inherit",
  });
}
