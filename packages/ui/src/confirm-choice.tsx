import { Button } from "./button.tsx";
import { classNames } from "./class-names.ts";

export type ConfirmChoiceProps = {
  /** Names the group for screen readers too. */
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  isBusy?: boolean;
  className?: string;
};

/** Asks before something that cannot be undone: the question, then a danger button and a way back. */
export function ConfirmChoice({ question, confirmLabel, cancelLabel, onConfirm, onCancel, isBusy = false, className }: ConfirmChoiceProps) {
  return (
    <div className={classNames("zang-confirm", className)} role="group" aria-label={question}>
      <p className="zang-confirm__question">{question}</p>
      <Button variant="danger" isBusy={isBusy} onClick={onConfirm}>
        {confirmLabel}
      </Button>
      <Button variant="secondary" onClick={onCancel}>
        {cancelLabel}
      </Button>
    </div>
  );
}
