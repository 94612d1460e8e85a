import { describe, expect, it } from "vitest";
import { createI18n } from "../i18n/i18n.ts";
import { DEMO_KIND_LIST, demoKindNames } from "./demo.ts";

describe("demo kinds", () => {
  it("names each kind once, in the explanation's order", () => {
    const { t } = createI18n("sv");
    expect(demoKindNames(["burglaries", "watch_groups", "burglaries"], t)).toEqual([
      "grannsamverkansgrupper",
      "bostadsinbrott",
    ]);
  });

  for (const lang of ["sv", "en"] as const) {
    it(`lists every kind of invented record in the general explanation (${lang}), police presence too`, () => {
      const { t } = createI18n(lang);
      const explanation = t("demo.explanation");
      expect(DEMO_KIND_LIST).toHaveLength(8);
      for (const name of demoKindNames(DEMO_KIND_LIST, t)) expect(explanation).toContain(name);
      expect(explanation).toContain(lang === "sv" ? "polisens närvaro" : "police presence");
    });
  }
});
