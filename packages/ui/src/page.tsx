import type { ReactNode } from "react";
import { classNames } from "./class-names.ts";

export type PageProps = {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** "narrow" centres short content such as a sign-in form. */
  width?: "narrow" | "wide";
  children: ReactNode;
};

export function Page({ title, description, actions, width = "wide", children }: PageProps) {
  return (
    <div className={classNames("zang-page", `zang-page--${width}`)}>
      <div className="zang-page__header">
        <div>
          <h1 className="zang-page__title">{title}</h1>
          {description && <p className="zang-page__description">{description}</p>}
        </div>
        {actions && <div className="zang-page__actions">{actions}</div>}
      </div>
      {children}
    </div>
  );
}
