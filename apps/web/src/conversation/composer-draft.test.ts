import { MAX_MESSAGE_LENGTH, ZMessageBody, ZSendMessageInput } from "@zang/validators";
import { describe, expect, it } from "vitest";
import { checkDraft } from "./composer-draft.ts";

describe("checkDraft", () => {
  it("sends the trimmed text and refuses a blank one", () => {
    expect(checkDraft("  سلام Hello  \n")).toEqual({ kind: "ok", body: "سلام Hello" });
    expect(checkDraft(" \n ")).toEqual({ kind: "empty" });
  });

  it("sends files without text, as the server takes them", () => {
    expect(checkDraft(" \n ", { hasFiles: true })).toEqual({ kind: "ok", body: "" });
    expect(ZSendMessageInput.safeParse({ classId: "00000000-0000-4000-8000-000000000000", clientId: "c", body: "", fileIds: ["00000000-0000-4000-8000-000000000001"] }).success).toBe(true);
  });

  it("agrees with the server on the length limit, counting an emoji as one character", () => {
    const atLimit = "👍".repeat(MAX_MESSAGE_LENGTH);
    expect(checkDraft(atLimit).kind).toBe("ok");
    expect(ZMessageBody.safeParse(atLimit).success).toBe(true);
    expect(checkDraft(`${atLimit}!`)).toEqual({ kind: "tooLong", length: MAX_MESSAGE_LENGTH + 1 });
    expect(ZMessageBody.safeParse(`${atLimit}!`).success).toBe(false);
  });
});
