import type { ReactNode } from "react";
import { classNames } from "./class-names.ts";

export type AlertProps = {
  tone?: "error" | "info";
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
};

export function Alert({ tone = "info", title, children, className }: AlertProps) {
  return (
    // Errors interrupt the screen reader (role="alert"); information waits its turn (role="status").
    <div className={classNames("zang-alert", `zang-alert--${tone}`, className)} role={tone === "error" ? "alert" : "status"}>
      {title && <p className="zang-alert__title">{title}</p>}
      {children && <div className="zang-alert__body">{children}</div>}
    </div>
  );
}
