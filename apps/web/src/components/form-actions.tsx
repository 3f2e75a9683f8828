import { Button } from "@zang/ui";
import type { ReactNode } from "react";

/** A form's last row: its submit button (busy while it runs) and a way out. */
export function FormActions({ submitLabel, isBusy, cancelLabel, onCancel }: { submitLabel: ReactNode; isBusy: boolean; cancelLabel: ReactNode; onCancel: () => void }) {
  return (
    <div className="stacked-form__actions">
      <Button type="submit" isBusy={isBusy}>
        {submitLabel}
      </Button>
      <Button variant="secondary" onClick={onCancel}>
        {cancelLabel}
      </Button>
    </div>
  );
}
