import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LinkButton } from "./link-button.tsx";

describe("LinkButton", () => {
  it("stays a link, styled as a button", () => {
    render(<LinkButton href="#/account">Account</LinkButton>);
    const link = screen.getByRole("link", { name: "Account" });
    expect(link.getAttribute("href")).toBe("#/account");
    expect(link.className).toContain("zang-button");
  });
});
