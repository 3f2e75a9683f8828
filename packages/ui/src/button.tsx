import type { ButtonHTMLAttributes } from "react";
import { classNames } from "./class-names.ts";
import { Spinner } from "./spinner.tsx";

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: "primary" | "secondary" | "ghost" | "danger";
  /** Disables the button and shows a spinner while the action it started is running. */
  isBusy?: boolean;
};

export function Button({ variant = "primary", isBusy = false, disabled, className, children, type = "button", ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      // "button", not the HTML default "submit", so a button dropped into a form never submits it by accident.
      type={type}
      className={classNames("zang-button", `zang-button--${variant}`, className)}
      disabled={disabled || isBusy}
      aria-busy={isBusy || undefined}
    >
      {isBusy && <Spinner size="small" />}
      {children}
    </button>
  );
}
