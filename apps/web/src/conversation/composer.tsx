import { Button, TextArea } from "@zang/ui";
import { MAX_MESSAGE_LENGTH } from "@zang/validators";
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import type { CannotPostReason, Message } from "../api-types.ts";
import { ChooseFilesButton } from "../files/choose-files-button.tsx";
import { PaperclipIcon } from "../files/paperclip-icon.tsx";
import { UploadList } from "../files/upload-list.tsx";
import { useFileUploads } from "../files/use-file-uploads.ts";
import { formatNumber } from "../format/format-number.ts";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { characterCount, checkDraft, shouldShowCounter } from "./composer-draft.ts";
import type { PendingFile } from "./conversation-state.ts";
import { messagePreview } from "./message-preview.ts";

export type ComposerMode = { kind: "new" } | { kind: "reply"; message: Message } | { kind: "edit"; message: Message };

export type ComposerProps = {
  cannotPostReason: CannotPostReason | null;
  mode: ComposerMode;
  onCancelMode: () => void;
  onSend: (body: string, files: PendingFile[]) => void;
  onSaveEdit: (message: Message, body: string) => void;
};

export function Composer({ cannotPostReason, mode, onCancelMode, onSend, onSaveEdit }: ComposerProps) {
  const { locale, messages } = useI18n();
  const text = messages.conversation.composer;
  const reasonId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState("");
  // The draft of a new message survives a detour into editing another one.
  const [savedDraft, setSavedDraft] = useState("");
  // Files belong to a new message or a reply (an edit changes the text only); they wait out an edit too.
  const uploads = useFileUploads();
  const uploadsId = useId();

  const editing = mode.kind === "edit" ? mode.message : null;
  useEffect(() => {
    if (editing) {
      setSavedDraft((current) => current || draft);
      setDraft(editing.body);
    }
    if (mode.kind !== "new") textarea.current?.focus();
    // Only a change of target resets the draft, not every keystroke.
  }, [mode.kind, editing?.id]);

  if (cannotPostReason) {
    return (
      <div className="composer composer--disabled">
        <p id={reasonId} className="composer__notice" role="status">
          {messages.conversation.cannotPost[cannotPostReason]}
        </p>
        <TextArea label={text.label} isLabelHidden name="body" rows={2} disabled aria-describedby={reasonId} value="" readOnly />
      </div>
    );
  }

  const files: PendingFile[] = editing
    ? []
    : uploads.items.flatMap((item) => (item.state === "uploaded" && item.fileId ? [{ id: item.fileId, name: item.name, size: item.size }] : []));
  const isWaitingForUploads = !editing && uploads.isUploading;
  const check = checkDraft(draft, { hasFiles: files.length > 0 });
  const canSubmit = check.kind === "ok" && !isWaitingForUploads;
  const tooLongError = check.kind === "tooLong" ? text.tooLong(formatNumber(MAX_MESSAGE_LENGTH, locale), formatNumber(check.length, locale)) : undefined;

  function finish({ sent }: { sent: boolean }) {
    if (editing) {
      setDraft(savedDraft);
      setSavedDraft("");
      onCancelMode();
    } else {
      if (sent) {
        setDraft("");
        uploads.reset();
      }
      if (mode.kind === "reply") onCancelMode();
    }
  }

  function submit() {
    if (!canSubmit) return;
    if (editing) {
      if (check.body !== editing.body) onSaveEdit(editing, check.body);
    } else onSend(check.body, files);
    finish({ sent: true });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit();
  }

  // Enter sends, Shift+Enter starts a new line; not while an input method is composing a word.
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
    if (event.key === "Escape" && mode.kind !== "new") finish({ sent: false });
  }

  return (
    <form className="composer" onSubmit={onSubmit}>
      {mode.kind !== "new" && (
        <div className="composer__context">
          <span className="composer__context-text">
            {mode.kind === "reply" ? (
              <>
                {text.replyingTo} <bdi>{mode.message.authorName}</bdi>
                {": "}
                <span dir="auto" className="composer__context-quote">
                  {messagePreview({ body: mode.message.body, fileCount: mode.message.attachments.length }, { messages, locale })}
                </span>
              </>
            ) : (
              text.editing
            )}
          </span>
          <Button variant="ghost" onClick={() => finish({ sent: false })}>
            {text.cancel}
          </Button>
        </div>
      )}
      {!editing && (
        <div id={uploadsId} className="composer__files">
          <UploadList uploads={uploads} />
          {isWaitingForUploads && <p className="zang-field__hint">{text.waitForUploads}</p>}
        </div>
      )}
      <div className="composer__row">
        {!editing && (
          <ChooseFilesButton uploads={uploads} name="files" label={text.attach} describedBy={uploadsId} className="composer__attach">
            <PaperclipIcon />
          </ChooseFilesButton>
        )}
        <TextArea
          ref={textarea}
          className="composer__input"
          label={text.label}
          isLabelHidden
          name="body"
          rows={2}
          dir="auto"
          placeholder={text.placeholder}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          error={tooLongError}
          hint={shouldShowCounter(draft) && !tooLongError ? `${formatNumber(characterCount(draft), locale)} / ${formatNumber(MAX_MESSAGE_LENGTH, locale)}` : undefined}
        />
        <Button type="submit" disabled={!canSubmit}>
          {editing ? text.save : text.send}
        </Button>
      </div>
    </form>
  );
}
