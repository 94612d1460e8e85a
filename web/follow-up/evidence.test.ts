import { describe, expect, it } from "vitest";
import type { MessageRecord } from "../../server/messages/schema.ts";
import { evidenceRows } from "./evidence.ts";

const visits = [
  { id: 3, date: "2019-02-01", area_name: "Hagalid", topic: "märk-DNA" },
  { id: 1, date: "2018-10-01", area_name: "Borggård", topic: "grannsamverkan" },
  { id: 2, date: "2018-11-01", area_name: "Annero", topic: "annat" },
];
const messages: MessageRecord[] = [
  {
    id: 7,
    sent_on: "2019-01-05",
    channel: "coyards",
    subject: "Lås dörren",
    area_ids: [],
    demo: false,
  },
];

describe("evidenceRows", () => {
  it("lists the visits behind a count by date, and only those", () => {
    expect(evidenceRows("visits", { ids: [3, 1] }, visits, messages)).toEqual([
      { id: 1, date: "2018-10-01", text: "Borggård: grannsamverkan" },
      { id: 3, date: "2019-02-01", text: "Hagalid: märk-DNA" },
    ]);
  });
  it("adds what there is to say of a visit, e.g. a walk's findings", () => {
    const note = (id: number) => (id === 2 ? "1 öppna och 2 stängda iakttagelser" : null);
    expect(evidenceRows("visits", { ids: [2, 1] }, visits, messages, undefined, note)).toEqual([
      { id: 1, date: "2018-10-01", text: "Borggård: grannsamverkan" },
      { id: 2, date: "2018-11-01", text: "Annero: annat · 1 öppna och 2 stängda iakttagelser" },
    ]);
  });
  it("lists the visits by id for a reader who may not read them", () => {
    expect(evidenceRows("visits", { ids: [3, 1] }, undefined, messages)).toEqual([
      { id: 3, date: "", text: "#3" },
      { id: 1, date: "", text: "#1" },
    ]);
  });
  it("lists messages with their channel", () => {
    expect(evidenceRows("messages", { ids: [7] }, visits, messages)).toEqual([
      { id: 7, date: "2019-01-05", text: "coyards: Lås dörren" },
    ]);
  });
  it("lists weekly exchanges by week", () => {
    const progress = { ids: [4, 5], units: [{ unit: "2018-W30", ids: [4, 5] }] };
    expect(evidenceRows("lagesbild", progress, [], []).map((r) => r.date)).toEqual([
      "2018-W30",
      "2018-W30",
    ]);
  });
});
