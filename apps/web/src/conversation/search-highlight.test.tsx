// @vitest-environment jsdom
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { HighlightedText, matchRanges } from "./search-highlight.tsx";

const marked = (text: string, query: string) => Array.from(render(<p>{HighlightedText({ text, query })}</p>).container.querySelectorAll("mark"), (mark) => mark.textContent);

describe("search highlights", () => {
  it("marks every match in the message as it was written, however the search was typed", () => {
    expect(marked("كتاب رياضي و کتاب علوم", "کتاب")).toEqual(["كتاب", "کتاب"]);
    expect(marked("فردا می‌خواهم بیایم", "میخواهم")).toEqual(["می‌خواهم"]);
    expect(marked("Page ۴۰, PAGE 41", "page 4")).toEqual(["Page ۴", "PAGE 4"]);
    expect(marked("first line\n\n  second", "line second")).toEqual(["line\n\n  second"]);
  });

  it("keeps the text around the marks whole, emoji included", () => {
    const { container } = render(<p>{HighlightedText({ text: "🎉 جشن 🎉 tomorrow", query: "جشن 🎉" })}</p>);
    expect(container.textContent).toBe("🎉 جشن 🎉 tomorrow");
    expect(container.querySelector("mark")!.textContent).toBe("جشن 🎉");
    expect(matchRanges("nothing here", "zz")).toEqual([]);
  });
});
