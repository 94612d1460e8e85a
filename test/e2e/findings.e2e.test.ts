// Chasing a safety walk's findings in a real browser: a finding recorded with its walk appears in
// the follow-up list as overdue once its due date has passed, and is closed there with a note.
import { beforeAll, describe, expect, it } from "vitest";
import type { AreaCollection } from "../../server/areas/types.ts";
import type { FindingList } from "../../server/findings/schema.ts";
import { createFindingsDriver } from "./findings-driver.ts";
import { browserSpec } from "./spec.ts";

const spec = browserSpec({ role: "planner" });
let findings: ReturnType<typeof createFindingsDriver>;
beforeAll(() => {
  findings = createFindingsDriver(spec.driver, spec.server.origin);
});

const TEXT = "Trasig belysning vid gångtunneln";

describe("the findings follow-up", () => {
  it("shows a finding recorded on a walk as overdue, and closes it with a note", async () => {
    const { features } = await spec.driver.api<AreaCollection>("/api/areas");
    const area = features.find((f) => f.properties.name === "Jakriborg");
    if (!area) throw new Error("no area Jakriborg");
    await findings.recordWalk({
      areaId: String(area.id),
      walkDate: "2019-10-15",
      text: TEXT,
      owner: "Tekniska förvaltningen",
      dueOn: "2019-11-15",
    });

    await findings.openList("?status=overdue");
    expect(await findings.stateOf(TEXT)).toEqual({ state: "overdue", badge: "⚠ Försenad" });
    expect(await spec.page.getByTestId("finding-item").first().textContent()).toContain(TEXT);
    expect(await spec.page.getByTestId("findings-summary").textContent()).toBe(
      "1 öppna, varav 1 försenade · 0 stängda",
    );
    await findings.item(TEXT).scrollIntoViewIfNeeded();
    await spec.driver.screenshot("findings-overdue");

    await findings.close(TEXT, "Belysningen lagad");
    await findings.item(TEXT).waitFor({ state: "detached" });
    await spec.page.getByTestId("findings-none").waitFor();

    await findings.showStatus("done");
    expect((await findings.stateOf(TEXT)).state).toBe("done");
    expect(await findings.item(TEXT).getByTestId("finding-note").textContent()).toBe(
      ": Belysningen lagad",
    );
    const api = await spec.driver.api<FindingList>("/api/findings?status=done");
    const today = new Date().toISOString().slice(0, 10);
    expect(api.findings.map((f) => [f.text, f.closed_note, f.closed_on])).toEqual([
      [TEXT, "Belysningen lagad", today],
    ]);
  });
});
