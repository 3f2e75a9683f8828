import type { AnchorHTMLAttributes } from "react";
import type { ButtonProps } from "./button.tsx";
import { classNames } from "./class-names.ts";

export type LinkButtonProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  href: string;
  variant?: ButtonProps["variant"];
};

/** A link that looks like a button: for navigation, so it keeps link semantics (new tab, history). */
export function LinkButton({ variant = "secondary", className, children, ...rest }: LinkButtonProps) {
  return (
    <a {...rest} className={classNames("zang-button", `zang-button--${variant}`, "zang-button--link", className)}>
      {children}
    </a>
  );
}
