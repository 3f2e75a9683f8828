import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { TextArea } from "./text-area.tsx";

describe("TextArea", () => {
  it("keeps a hidden label as the accessible name", () => {
    render(<TextArea label="Message" isLabelHidden name="body" />);
    expect(screen.getByRole("textbox", { name: "Message" }).getAttribute("name")).toBe("body");
  });

  it("links its error to the text area and marks it invalid", () => {
    render(<TextArea label="Message" error="Too long." />);
    const textarea = screen.getByRole("textbox", { name: "Message" });
    expect(document.getElementById(textarea.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Too long.");
    expect(textarea.getAttribute("aria-invalid")).toBe("true");
  });
});
