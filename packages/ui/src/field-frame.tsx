import { useId, type ReactNode } from "react";
import { classNames } from "./class-names.ts";

/** What a control inside a FieldFrame must carry to be linked to its label, hint and error. */
export type FieldControlProps = { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };

export type FieldFrameProps = {
  label: ReactNode;
  isLabelHidden?: boolean;
  /** Shown under the control and linked to it, so screen readers read it with the field. */
  hint?: ReactNode;
  error?: ReactNode;
  className?: string | undefined;
  /** Extra ids the caller already describes the control with. */
  describedBy?: string | undefined;
  children: (control: FieldControlProps) => ReactNode;
};

/** Label, hint and error around one form control, with the ids and ARIA links between them. */
export function FieldFrame({ label, isLabelHidden = false, hint, error, className, describedBy, children }: FieldFrameProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const descriptions = [describedBy, hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className={classNames("zang-field", error ? "zang-field--invalid" : null, className)}>
      <label className={isLabelHidden ? "zang-visually-hidden" : "zang-field__label"} htmlFor={id}>
        {label}
      </label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": descriptions || undefined })}
      {hint && (
        <p id={hintId} className="zang-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="zang-field__error">
          {error}
        </p>
      )}
    </div>
  );
}
