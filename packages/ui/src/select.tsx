import { useId, type ReactNode, type SelectHTMLAttributes } from "react";
import { classNames } from "./class-names.ts";

export type SelectOption<TValue extends string> = {
  value: TValue;
  label: string;
  /** Language of the label itself (e.g. "fa" for «فارسی»), so screen readers pronounce it right. */
  lang?: string;
};

export type SelectProps<TValue extends string> = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "value" | "onChange"> & {
  label: ReactNode;
  /** Keeps the label for screen readers only, for compact controls such as a header's language switch. */
  isLabelHidden?: boolean;
  value: TValue;
  options: ReadonlyArray<SelectOption<TValue>>;
  onValueChange: (value: TValue) => void;
};

export function Select<TValue extends string>({ label, isLabelHidden = false, value, options, onValueChange, className, ...rest }: SelectProps<TValue>) {
  const id = useId();
  return (
    <div className={classNames("zang-select", className)}>
      <label className={isLabelHidden ? "zang-visually-hidden" : "zang-field__label"} htmlFor={id}>
        {label}
      </label>
      <select
        {...rest}
        id={id}
        className="zang-select__control"
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onValueChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
