import type { ReactNode, Ref, TextareaHTMLAttributes } from "react";
import { FieldFrame } from "./field-frame.tsx";

export type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> & {
  ref?: Ref<HTMLTextAreaElement>;
  label: ReactNode;
  /** Keeps the label for screen readers only, for a composer whose purpose is plain from the layout. */
  isLabelHidden?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
};

export function TextArea({ ref, label, isLabelHidden = false, hint, error, className, "aria-describedby": describedBy, ...textareaProps }: TextAreaProps) {
  return (
    <FieldFrame label={label} isLabelHidden={isLabelHidden} hint={hint} error={error} className={className} describedBy={describedBy}>
      {(control) => <textarea {...textareaProps} {...control} ref={ref} className="zang-field__input zang-field__input--multiline" />}
    </FieldFrame>
  );
}
