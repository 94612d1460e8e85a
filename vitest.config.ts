// The tests, all run by `npm test`: unit tests beside the pure logic, integration tests of the real
// app over real SQLite files (the slow ones in a project of their own), and end-to-end tests in
// real headless Chromium. `npm run test:fast` is unit + integration, for the loop while working.
import { defineConfig } from "vitest/config";

const SLOW = [
  "test/integration/durability.test.ts",
  "test/integration/fuzz*.test.ts",
  "test/integration/create-admin.test.ts",
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          root: ".",
          include: ["server/**/*.test.ts", "web/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "integration",
          root: ".",
          include: ["test/integration/**/*.test.ts"],
          exclude: SLOW,
        },
      },
      {
        // The real server killed mid-write, the fuzz tables and the CLI that hashes at full cost:
        // minutes, not seconds. `npm test` runs them; `npm run test:fast` leaves them out.
        test: {
          name: "slow",
          root: ".",
          include: SLOW,
        },
      },
      {
        test: {
          name: "e2e",
          root: ".",
          include: ["test/e2e/**/*.test.ts"],
          // Builds the web app once (vite build), so the specs drive what `npm start` serves.
          globalSetup: ["test/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file starts its own server and Chromium; the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
