import type { InputHTMLAttributes, ReactNode } from "react";
import { FieldFrame } from "./field-frame.tsx";

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & {
  label: ReactNode;
  /** Shown under the input and linked to it, so screen readers read it with the field. */
  hint?: ReactNode;
  error?: ReactNode;
};

export function TextField({ label, hint, error, className, "aria-describedby": describedBy, ...inputProps }: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className} describedBy={describedBy}>
      {(control) => <input {...inputProps} {...control} className="zang-field__input" />}
    </FieldFrame>
  );
}
