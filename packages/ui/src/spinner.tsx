import { classNames } from "./class-names.ts";

export type SpinnerProps = {
  /** Announced to screen readers; leave it out when the spinner only decorates a labelled control. */
  label?: string;
  size?: "small" | "medium";
  className?: string;
};

export function Spinner({ label, size = "medium", className }: SpinnerProps) {
  const spinnerClass = classNames("zang-spinner", `zang-spinner--${size}`, className);
  if (!label) return <span className={spinnerClass} aria-hidden="true" />;
  return (
    <span className={spinnerClass} role="status">
      <span className="zang-visually-hidden">{label}</span>
    </span>
  );
}
