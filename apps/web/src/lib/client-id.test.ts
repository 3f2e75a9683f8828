import { ZClientId } from "@zang/validators";
import { describe, expect, it } from "vitest";
import { newClientId } from "./client-id.ts";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("newClientId", () => {
  it("builds a v4 UUID the server accepts where randomUUID is missing (plain-HTTP pages)", () => {
    const id = newClientId({ getRandomValues: (array) => crypto.getRandomValues(array) });
    expect(id).toMatch(UUID_V4);
    expect(ZClientId.safeParse(id).success).toBe(true);
  });

  it("gives a new id every time", () => {
    expect(newClientId()).not.toBe(newClientId());
  });
});
