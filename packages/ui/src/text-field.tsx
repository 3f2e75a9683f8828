import { useId, type InputHTMLAttributes, type ReactNode } from "react";
import { classNames } from "./class-names.ts";

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & {
  label: ReactNode;
  /** Shown under the input and linked to it, so screen readers read it with the field. */
  hint?: ReactNode;
  error?: ReactNode;
};

export function TextField({ label, hint, error, className, "aria-describedby": describedBy, ...inputProps }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const descriptions = [describedBy, hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className={classNames("zang-field", error ? "zang-field--invalid" : null, className)}>
      <label className="zang-field__label" htmlFor={id}>
        {label}
      </label>
      <input
        {...inputProps}
        id={id}
        className="zang-field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={descriptions || undefined}
      />
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
