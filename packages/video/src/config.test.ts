import { describe, expect, it } from "vitest";
import { assertVideoConfig, toClientUrl, toServiceUrl } from "./config.ts";

describe("LiveKit URLs", () => {
  it("derives the browser's WebSocket URL and the server API's HTTP URL from either form", () => {
    expect(toClientUrl("https://live.example.org")).toBe("wss://live.example.org");
    expect(toClientUrl("wss://live.example.org/")).toBe("wss://live.example.org");
    expect(toClientUrl("http://127.0.0.1:7880")).toBe("ws://127.0.0.1:7880");
    expect(toServiceUrl("wss://live.example.org")).toBe("https://live.example.org");
    expect(toServiceUrl("ws://127.0.0.1:7880")).toBe("http://127.0.0.1:7880");
    expect(toServiceUrl("https://a.livekit.cloud/")).toBe("https://a.livekit.cloud");
  });

  it("names what is wrong with a configuration", () => {
    expect(() => assertVideoConfig({ url: "live.example.org", apiKey: "k", apiSecret: "s" })).toThrow(/not a URL/);
    expect(() => assertVideoConfig({ url: "ftp://live.example.org", apiKey: "k", apiSecret: "s" })).toThrow(/must start with/);
    expect(() => assertVideoConfig({ url: "wss://live.example.org", apiKey: " ", apiSecret: "s" })).toThrow(/API key/);
    expect(() => assertVideoConfig({ url: "wss://live.example.org", apiKey: "k", apiSecret: "" })).toThrow(/API secret/);
  });
});
