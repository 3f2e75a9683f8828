import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { Checkbox } from "./checkbox.tsx";

describe("Checkbox", () => {
  it("is named by its label, described by its hint, and toggles from the label", () => {
    const onChange = vi.fn();
    render(<Checkbox label="Announcement mode" hint="Only teachers can post." checked={false} onChange={onChange} />);
    const checkbox = screen.getByRole("checkbox", { name: "Announcement mode" });
    expect(document.getElementById(checkbox.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Only teachers can post.");
    fireEvent.click(screen.getByText("Announcement mode"));
    expect(onChange).toHaveBeenCalledOnce();
  });
});
