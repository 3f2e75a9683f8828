import { useId, type ReactNode, type Ref, type TextareaHTMLAttributes } from "react";
import { classNames } from "./class-names.ts";

export type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> & {
  ref?: Ref<HTMLTextAreaElement>;
  label: ReactNode;
  /** Keeps the label for screen readers only, for a composer whose purpose is plain from the layout. */
  isLabelHidden?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
};

export function TextArea({ ref, label, isLabelHidden = false, hint, error, className, "aria-describedby": describedBy, ...textareaProps }: TextAreaProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const descriptions = [describedBy, hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className={classNames("zang-field", error ? "zang-field--invalid" : null, className)}>
      <label className={isLabelHidden ? "zang-visually-hidden" : "zang-field__label"} htmlFor={id}>
        {label}
      </label>
      <textarea
        {...textareaProps}
        ref={ref}
        id={id}
        className="zang-field__input zang-field__input--multiline"
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
