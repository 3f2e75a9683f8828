import { MAX_MESSAGE_LENGTH, ZMessageBody } from "@zang/validators";
import { describe, expect, it } from "vitest";
import { checkDraft } from "./composer-draft.ts";

describe("checkDraft", () => {
  it("sends the trimmed text and refuses a blank one", () => {
    expect(checkDraft("  سلام Hello  \n")).toEqual({ kind: "ok", body: "سلام Hello" });
    expect(checkDraft(" \n ")).toEqual({ kind: "empty" });
  });

  it("agrees with the server on the length limit, counting an emoji as one character", () => {
    const atLimit = "👍".repeat(MAX_MESSAGE_LENGTH);
    expect(checkDraft(atLimit).kind).toBe("ok");
    expect(ZMessageBody.safeParse(atLimit).success).toBe(true);
    expect(checkDraft(`${atLimit}!`)).toEqual({ kind: "tooLong", length: MAX_MESSAGE_LENGTH + 1 });
    expect(ZMessageBody.safeParse(`${atLimit}!`).success).toBe(false);
  });
});
