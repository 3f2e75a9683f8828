import { classNames } from "@zang/ui";
import { useId, useRef, type ReactNode } from "react";
import { ACCEPTED_FILE_TYPES } from "./upload-file.ts";
import type { FileUploads } from "./use-file-uploads.ts";

/**
 * A button that opens the device's file chooser; chosen files start uploading at once. The native
 * control says "Choose Files" in the browser's language, whatever the page's: it stays in the page
 * for keyboards and screen readers, hidden, and the label beside it is what shows.
 */
export function ChooseFilesButton({
  uploads,
  name,
  children,
  labelledBy,
  label,
  describedBy,
  className,
}: {
  uploads: FileUploads;
  name: string;
  /** What the button shows. */
  children: ReactNode;
  /** The control's name: an element's id, or the text itself. */
  labelledBy?: string;
  label?: string;
  describedBy?: string;
  className?: string;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        id={id}
        name={name}
        type="file"
        multiple
        accept={ACCEPTED_FILE_TYPES}
        className="file-picker__input zang-visually-hidden"
        aria-labelledby={labelledBy}
        aria-label={label}
        aria-describedby={describedBy}
        onChange={(event) => {
          uploads.add(Array.from(event.target.files ?? []));
          // Cleared so the same file can be chosen again after a failure.
          if (input.current) input.current.value = "";
        }}
      />
      <label htmlFor={id} className={classNames("zang-button zang-button--secondary file-picker__button", className)} aria-hidden="true">
        {children}
      </label>
    </>
  );
}
