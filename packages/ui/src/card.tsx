import type { HTMLAttributes, ReactNode } from "react";
import { classNames } from "./class-names.ts";

export type CardProps = Omit<HTMLAttributes<HTMLElement>, "title"> & {
  title?: ReactNode;
  /** Pick the level that fits the page outline; cards in a page under an h1 usually want 2. */
  headingLevel?: 2 | 3 | 4;
  /** Small content beside the title, such as a badge. */
  aside?: ReactNode;
};

export function Card({ title, headingLevel = 2, aside, className, children, ...rest }: CardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section {...rest} className={classNames("zang-card", className)}>
      {(title || aside) && (
        <header className="zang-card__header">
          {title && <Heading className="zang-card__title">{title}</Heading>}
          {aside}
        </header>
      )}
      {children}
    </section>
  );
}
