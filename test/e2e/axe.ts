// axe-core in the page under test: the WCAG 2.2 A and AA violations on the page as it is now, one
// line each, for the accessibility spec and any spec that checks a state it reaches.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "./browser.ts";

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}
type Axe = { run: (c: Document, o: object) => Promise<{ violations: Violation[] }> };

/** axe's violations on the page as it is now, one line each, headed by `where`. */
export async function violations(page: Page, where: string): Promise<string[]> {
  await page.waitForLoadState("networkidle");
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: Axe }).axe
        .run(document, { runOnly: { type: "tag", values: tags } })
        .then((r) =>
          r.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes })),
        ),
    TAGS,
  );
  return found.map(
    (v) =>
      `${where} ${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 5)
        .map((n) => JSON.stringify(n.target))
        .join(", ")}`,
  );
}
