import { describe, expect, it } from "vitest";
import { auditSentence } from "./audit-sentence.ts";

const entry = (over: Partial<Parameters<typeof auditSentence>[0]>) => ({
  actor: "eva",
  action: "create",
  entity: "visits",
  entity_id: "12",
  detail: {},
  account: null,
  ...over,
});

describe("an audit entry as a sentence", () => {
  it("says who did what to which record, naming a visit by its kind", () => {
    expect(auditSentence(entry({ detail: { kind: "safety_walk" } }), "sv")).toBe(
      "eva skapade trygghetsvandring nr 12",
    );
    expect(auditSentence(entry({ detail: { kind: "safety_walk" } }), "en")).toBe(
      "eva created safety walk no. 12",
    );
    expect(
      auditSentence(entry({ action: "close", entity: "walk_findings", entity_id: "4" }), "sv"),
    ).toBe("eva stängde iakttagelse nr 4");
    expect(auditSentence(entry({ action: "update", entity: "watch_groups" }), "sv")).toBe(
      "eva ändrade grannsamverkansgrupp nr 12",
    );
  });

  it("shows a login under its account, also one recorded as anonymous", () => {
    const login = entry({
      actor: "anna",
      action: "login",
      entity: "accounts",
      entity_id: "3",
      account: "anna",
    });
    expect(auditSentence(login, "sv")).toBe("anna loggade in");
    expect(auditSentence({ ...login, actor: "anonymous" }, "sv")).toBe("anna loggade in");
    const named = (u: string) => (u === "anna" ? "Anna Berg (anna)" : u);
    expect(auditSentence({ ...login, actor: "anonymous" }, "en", named)).toBe(
      "Anna Berg (anna) logged in",
    );
  });

  it("says a failed login's account, or that the name matched none", () => {
    const failed = entry({ actor: "anonymous", action: "login-failed", entity: "accounts" });
    expect(auditSentence({ ...failed, detail: { username: "anna" } }, "sv")).toBe(
      "Misslyckad inloggning som anna",
    );
    expect(
      auditSentence({ ...failed, entity_id: null, detail: { unknown_username: true } }, "en"),
    ).toBe("Failed login with a username that does not exist");
  });

  it("names the account an admin changed, and the system's own runs", () => {
    const reset = entry({
      actor: "admin",
      action: "reset-password",
      entity: "accounts",
      account: "kim",
    });
    expect(auditSentence(reset, "sv")).toBe("admin återställde lösenordet för konto kim");
    const erase = entry({
      actor: "system",
      action: "retention-erase",
      entity: "watch_groups",
      entity_id: null,
    });
    expect(auditSentence(erase, "sv")).toBe(
      "systemet gallrade personuppgifter i grannsamverkansgrupp",
    );
    expect(auditSentence(entry({ action: "mystery", entity: "things" }), "en")).toBe(
      "eva mystery things no. 12",
    );
  });
});
