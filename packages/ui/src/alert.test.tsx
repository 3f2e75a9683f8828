import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Alert } from "./alert.tsx";

describe("Alert", () => {
  it("interrupts for errors but waits politely for information", () => {
    render(
      <>
        <Alert tone="error" title="Could not sign in" />
        <Alert tone="info" title="Saved" />
      </>,
    );
    expect(screen.getByRole("alert").textContent).toBe("Could not sign in");
    expect(screen.getByRole("status").textContent).toBe("Saved");
  });
});
