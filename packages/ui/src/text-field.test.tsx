import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { TextField } from "./text-field.tsx";

describe("TextField", () => {
  it("names the input by its label", () => {
    render(<TextField label="Username" name="username" />);
    expect(screen.getByLabelText("Username").getAttribute("name")).toBe("username");
  });

  it("links its error to the input and marks the input invalid", () => {
    render(<TextField label="Password" error="Enter your password." />);
    const input = screen.getByLabelText("Password");
    const errorId = input.getAttribute("aria-describedby");
    expect(errorId).toBeTruthy();
    expect(document.getElementById(errorId ?? "")?.textContent).toBe("Enter your password.");
    expect(input.getAttribute("aria-invalid")).toBe("true");
  });

  it("keeps the hint and the error both described, after a caller's own description", () => {
    render(<TextField label="School code" hint="Ask your school." error="Enter your school code." aria-describedby="outside" />);
    const ids = screen.getByLabelText("School code").getAttribute("aria-describedby")?.split(" ") ?? [];
    expect(ids).toHaveLength(3);
    expect(ids[0]).toBe("outside");
    expect(ids.slice(1).map((id) => document.getElementById(id)?.textContent)).toEqual(["Ask your school.", "Enter your school code."]);
  });

  it("is neither invalid nor described when all is well", () => {
    render(<TextField label="Username" />);
    const input = screen.getByLabelText("Username");
    expect(input.hasAttribute("aria-invalid")).toBe(false);
    expect(input.hasAttribute("aria-describedby")).toBe(false);
  });
});
