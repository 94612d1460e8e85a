import { describe, expect, it } from "vitest";
import { landingPage, placeOf } from "./documents.ts";

describe("placeOf", () => {
  it("names one kommun as its kommun is named: a genitive -s only after a consonant", () => {
    expect(placeOf([{ name: "Staffanstorp" }], "LPO")).toBe("Staffanstorps kommun");
    expect(placeOf([{ name: "Burlöv" }], "LPO")).toBe("Burlövs kommun");
    expect(placeOf([{ name: "Lomma" }], "LPO")).toBe("Lomma kommun");
    expect(placeOf([{ name: "Kävlinge" }], "LPO")).toBe("Kävlinge kommun");
  });

  it("names several as the police area with its kommuner listed", () => {
    expect(
      placeOf([{ name: "Staffanstorp" }, { name: "Lomma" }], "Lokalpolisområde Kävlinge"),
    ).toBe("Lokalpolisområde Kävlinge (Staffanstorp och Lomma)");
    expect(
      placeOf(
        [{ name: "Staffanstorp" }, { name: "Burlöv" }, { name: "Kävlinge" }, { name: "Lomma" }],
        "Lokalpolisområde Kävlinge",
      ),
    ).toBe("Lokalpolisområde Kävlinge (Staffanstorp, Burlöv, Kävlinge och Lomma)");
  });

  it("puts the place in the landing page's title and description", () => {
    const page = landingPage("https://x/ogc", "Lomma kommun");
    expect(page.title).toBe("Grannkoll – Lomma kommun");
    expect(page.description).toContain("i Lomma kommun, som OGC API");
    expect(page.description).not.toContain("Staffanstorp");
  });
});
