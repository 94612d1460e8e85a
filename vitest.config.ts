// Three kinds of tests, run by `npm test`: unit tests beside the pure logic, integration tests of
// the real app over real SQLite files, and end-to-end tests in real headless Chromium.
import { defineConfig } from "vitest/config";

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
