import { useId, type InputHTMLAttributes, type ReactNode } from "react";
import { classNames } from "./class-names.ts";

export type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type"> & {
  label: ReactNode;
  /** What checking it means, read with the label. */
  hint?: ReactNode;
};

export function Checkbox({ label, hint, className, ...inputProps }: CheckboxProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={classNames("zang-checkbox", className)}>
      <input {...inputProps} id={id} type="checkbox" className="zang-checkbox__input" aria-describedby={hint ? hintId : undefined} />
      <div>
        <label className="zang-checkbox__label" htmlFor={id}>
          {label}
        </label>
        {hint && (
          <p id={hintId} className="zang-field__hint">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
