import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ConfirmChoice } from "./confirm-choice.tsx";

describe("ConfirmChoice", () => {
  it("is a group named by its question, whose buttons confirm or go back", () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(<ConfirmChoice question="Sign out everywhere?" confirmLabel="Yes" cancelLabel="Cancel" onConfirm={onConfirm} onCancel={onCancel} />);
    const group = screen.getByRole("group", { name: "Sign out everywhere?" });
    expect(group.textContent).toContain("Sign out everywhere?");
    fireEvent.click(screen.getByRole("button", { name: "Yes" }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
