import type { ReactNode } from "react";
import { classNames } from "./class-names.ts";

export type EmptyStateProps = {
  title: ReactNode;
  description?: ReactNode;
  /** A next step for the reader, usually a Button. */
  action?: ReactNode;
  className?: string;
};

export function EmptyState({ title, description, action, className }: EmptyStateProps) {
  return (
    <div className={classNames("zang-empty", className)}>
      <p className="zang-empty__title">{title}</p>
      {description && <p className="zang-empty__description">{description}</p>}
      {action && <div className="zang-empty__action">{action}</div>}
    </div>
  );
}
