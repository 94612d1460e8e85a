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
    ],
  },
});
