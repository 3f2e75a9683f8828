import type { ReactNode } from "react";
import { classNames } from "./class-names.ts";

export type BadgeProps = {
  tone?: "neutral" | "accent" | "success" | "warning";
  children: ReactNode;
  className?: string;
};

export function Badge({ tone = "neutral", children, className }: BadgeProps) {
  return <span className={classNames("zang-badge", `zang-badge--${tone}`, className)}>{children}</span>;
}
