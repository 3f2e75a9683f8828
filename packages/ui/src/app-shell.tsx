import type { ReactNode } from "react";

export type AppShellProps = {
  /** The product or school name in the banner; the page's own h1 comes from Page. */
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
};

export function AppShell({ title, subtitle, actions, children }: AppShellProps) {
  return (
    <div className="zang-shell">
      <header className="zang-shell__header">
        <div className="zang-shell__brand">
          <span className="zang-shell__title">{title}</span>
          {subtitle && <span className="zang-shell__subtitle">{subtitle}</span>}
        </div>
        {actions && <div className="zang-shell__actions">{actions}</div>}
      </header>
      <main className="zang-shell__main">{children}</main>
    </div>
  );
}
