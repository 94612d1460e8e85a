import { describe, expect, it } from "vitest";
import { parseId } from "./id.ts";

describe("parseId", () => {
  it("reads a positive whole number of up to 15 digits", () => {
    expect(parseId("1")).toEqual({ ok: true, id: 1 });
    expect(parseId("12300001")).toEqual({ ok: true, id: 12_300_001 });
    expect(parseId("999999999999999")).toEqual({ ok: true, id: 999_999_999_999_999 });
  });

  it("refuses every other spelling, a leading zero included", () => {
    const bad = ["", "0", "01", "007", "-1", "+1", "1.5", "1e0", "0x1", " 1", "1 ", "1\n"];
    const tooLong = ["1000000000000000", "99999999999999999999999"];
    for (const raw of [...bad, ...tooLong, undefined]) {
      expect(parseId(raw)).toEqual({
        ok: false,
        fields: [
          {
            field: "id",
            code: "not_id",
            params: {},
            message: "id must be a positive whole number",
          },
        ],
      });
    }
  });
});
