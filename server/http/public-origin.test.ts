import { describe, expect, it } from "vitest";
import { publicOrigin } from "./public-origin.ts";

const req = (url: string, headers: Record<string, string> = {}) => ({
  url,
  headers: new Headers(headers),
});

describe("publicOrigin", () => {
  it("is the configured public URL whatever the request says", () => {
    const settings = { publicUrl: "https://grannkoll.example.se", trustProxy: false };
    const hostile = req("http://evil.example/ogc", {
      host: "evil.example",
      "x-forwarded-proto": "http",
    });
    expect(publicOrigin(settings, hostile)).toBe("https://grannkoll.example.se");
    expect(publicOrigin({ ...settings, trustProxy: true }, hostile)).toBe(
      "https://grannkoll.example.se",
    );
  });

  it("believes X-Forwarded-Proto only from a trusted proxy", () => {
    const behind = req("http://kart.example/ogc", {
      host: "kart.example",
      "x-forwarded-proto": "https, http",
    });
    expect(publicOrigin({ trustProxy: true }, behind)).toBe("https://kart.example");
    expect(publicOrigin({ trustProxy: false }, behind)).toBe("http://kart.example");
    const odd = req("http://kart.example/ogc", { "x-forwarded-proto": "javascript" });
    expect(publicOrigin({ trustProxy: true }, odd)).toBe("http://kart.example");
  });

  it("takes the host from a well-formed Host header only", () => {
    const settings = { trustProxy: false };
    expect(publicOrigin(settings, req("http://a/ogc", { host: "Kart.Example:8080" }))).toBe(
      "http://kart.example:8080",
    );
    for (const host of ["evil.example/x?", "user@evil.example", "a b", "evil.example#"]) {
      expect(publicOrigin(settings, req("http://localhost:8080/ogc", { host }))).toBe(
        "http://localhost:8080",
      );
    }
  });
});
