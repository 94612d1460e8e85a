// npm run bench:map: how long until the map is ready (areas and base map drawn and settled), in
// headless Chromium against the real server, for the public map, a planner's /karta and the
// police's /polis over the whole police area. A benchmark, not a test: it prints a table.
// Needs the built web app (npm run build) and /usr/bin/chromium (or CHROMIUM_PATH).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DESKTOP, openBrowser } from "../test/e2e/browser.ts";
import { ACCOUNTS, seedAccounts } from "../test/helpers/accounts.ts";
import { spawnServer } from "../test/helpers/server-process.ts";

const ROUNDS = Number(process.env.BENCH_MAP_ROUNDS ?? 5);
const ROOT = resolve(import.meta.dirname, "..");

interface Case {
  name: string;
  path: string;
  role: "planner" | "police" | null;
}

const CASES: Case[] = [
  { name: "public map /, default kommun", path: "/", role: null },
  { name: "public map /, whole police area", path: "/?kommun=all", role: null },
  { name: "planner /karta", path: "/karta", role: "planner" },
  { name: "police /polis, whole police area", path: "/polis", role: "police" },
];

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};

async function once(origin: string, c: Case): Promise<number> {
  const session = await openBrowser(origin, DESKTOP);
  try {
    const { page } = session;
    if (c.role) {
      const res = await page.request.post(`${origin}/api/auth/login`, { data: ACCOUNTS[c.role] });
      if (res.status() !== 200) throw new Error(`login as ${c.role}: ${res.status()}`);
    }
    const started = performance.now();
    await page.goto(`${origin}${c.path}`);
    await page.waitForFunction(() => document.body.dataset.mapReady === "true", undefined, {
      timeout: 60_000,
    });
    return performance.now() - started;
  } finally {
    await session.close();
  }
}

async function main() {
  if (!existsSync(join(ROOT, "dist", "index.html"))) {
    throw new Error("No built web app in dist/: run npm run build first");
  }
  const dir = mkdtempSync(join(tmpdir(), "grannkoll-bench-map-"));
  const dbPath = join(dir, "bench.db");
  await seedAccounts(dbPath);
  const server = await spawnServer({ DB_PATH: dbPath, BASEMAP_STYLE_URL: "" });
  try {
    const areas = (await (await fetch(`${server.origin}/api/public/areas`)).json()) as {
      features: unknown[];
    };
    console.log(`${areas.features.length} areas; ${ROUNDS} cold page loads per case (new browser)`);
    console.log("| view | p50 ms | max ms |");
    console.log("| --- | ---: | ---: |");
    for (const c of CASES) {
      const times: number[] = [];
      for (let i = 0; i < ROUNDS; i++) times.push(await once(server.origin, c));
      console.log(
        `| ${c.name} | ${quantile(times, 0.5).toFixed(0)} | ${Math.max(...times).toFixed(0)} |`,
      );
    }
  } finally {
    await server.kill("SIGTERM");
    await server.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
