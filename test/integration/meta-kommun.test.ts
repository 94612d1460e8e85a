// A planner's data range (/api/meta/work, and the default period of the API's reads) is their own
// kommuner's: a session Staffanstorp plans far ahead neither moves Lomma's range nor tells a
// planner of Lomma its date (found by review). On the embedded data of the four kommuner.
import { afterAll, describe, expect, it } from "vitest";
import type { WorkMeta } from "../../server/meta/routes.ts";
import { createTestApp, EMBEDDED_DATA } from "../helpers/test-app.ts";

const t = createTestApp(EMBEDDED_DATA);
afterAll(() => t.close());

const lomma = t.asAccount({ role: "planner", kommuner: ["1262"] });
const staffanstorp = t.asAccount({ role: "planner", kommuner: ["1230"] });
const police = t.asAccount({ role: "police" });

async function rangeOf(who: typeof lomma) {
  const res = await who.request("/api/meta/work");
  expect(res.status).toBe(200);
  return ((await res.json()) as WorkMeta).data_range;
}

describe("the data range per kommun", () => {
  it("moves with a kommun's own records only", async () => {
    const lommaBefore = await rangeOf(lomma);
    const area = t.db
      .prepare("SELECT id FROM areas WHERE kommun = '1230' ORDER BY id LIMIT 1")
      .pluck()
      .get() as string;
    t.db
      .prepare(
        `INSERT INTO visits (area_id, kind, date, topic, organisers)
         VALUES (?, 'info_session', '2031-05-20', 'grannsamverkan', '["kommun"]')`,
      )
      .run(area);
    // The data version moved (a trigger), so every range is read anew.
    expect((await rangeOf(staffanstorp)).to).toBe("2031-05-20");
    expect(await rangeOf(police)).toMatchObject({ to: "2031-05-20" });
    expect(await rangeOf(lomma)).toEqual(lommaBefore);
    expect(lommaBefore.to < "2031-05-20").toBe(true);
    // The API's default period for Lomma ends where Lomma's records do.
    const areas = await lomma.request("/api/areas");
    expect(areas.status).toBe(200);
    const body = (await areas.json()) as { period: { to: string } };
    expect(body.period.to).toBe(lommaBefore.to);
  });
});
