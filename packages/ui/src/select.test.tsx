import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { Select } from "./select.tsx";

const LANGUAGES = [
  { value: "fa", label: "فارسی", lang: "fa" },
  { value: "en", label: "English", lang: "en" },
] as const;

describe("Select", () => {
  it("keeps a hidden label reachable by name and reports the chosen value", () => {
    const onValueChange = vi.fn();
    render(<Select label="Language" isLabelHidden value="fa" options={LANGUAGES} onValueChange={onValueChange} />);
    const select = screen.getByRole("combobox", { name: "Language" });
    fireEvent.change(select, { target: { value: "en" } });
    expect(onValueChange).toHaveBeenCalledWith("en");
  });

  it("marks each option with the language of its own label", () => {
    render(<Select label="Language" value="fa" options={LANGUAGES} onValueChange={() => {}} />);
    expect(screen.getByRole("option", { name: "فارسی" }).getAttribute("lang")).toBe("fa");
  });
});
