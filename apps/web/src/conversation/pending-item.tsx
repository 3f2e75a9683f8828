import { Button } from "@zang/ui";
import { formatFileSize } from "../format/format-units.ts";
import { useI18n } from "../i18n/i18n-provider.tsx";
import type { Messages } from "../i18n/messages.ts";
import type { PendingMessage } from "./conversation-state.ts";
import { MessageBody } from "./message-body.tsx";
import { ReplyPreview } from "./reply-preview.tsx";

/** A message on its way: shown at once, then replaced by the stored one; a failure offers a retry. */
export function PendingItem({ pending, authorName, onRetry, onDiscard }: { pending: PendingMessage; authorName: string; onRetry: () => void; onDiscard: () => void }) {
  const { locale, messages } = useI18n();
  const text = messages.conversation.pending;
  const replyTo = pending.replyTo;
  return (
    <article className="message message--own message--pending" aria-busy={pending.status === "sending"}>
      <header className="message__header">
        <bdi className="message__author">{authorName}</bdi>
        <span className={pending.status === "failed" ? "message__status message__status--failed" : "message__status"} role="status">
          {pending.status === "sending" ? text.sending : failureText(messages, pending.failure)}
        </span>
      </header>
      {replyTo && <ReplyPreview replyTo={{ id: replyTo.id, authorName: replyTo.authorName, body: replyTo.body, isDeleted: replyTo.isDeleted }} />}
      {pending.body !== "" && <MessageBody className="message__body" body={pending.body} />}
      {pending.files.length > 0 && (
        <ul className="file-attachments">
          {pending.files.map((file) => (
            <li key={file.id} className="file-attachments__item">
              <bdi>{file.name}</bdi>
              <span className="file-attachments__size">{formatFileSize(file.size, locale)}</span>
            </li>
          ))}
        </ul>
      )}
      {pending.status === "failed" && (
        <div className="message-actions">
          {pending.failure !== "forbidden" && (
            <Button variant="ghost" className="message-actions__button" onClick={onRetry}>
              {text.retry}
            </Button>
          )}
          <Button variant="ghost" className="message-actions__button" onClick={onDiscard}>
            {text.discard}
          </Button>
        </div>
      )}
    </article>
  );
}

function failureText(messages: Messages, failure: PendingMessage["failure"]): string {
  switch (failure) {
    case "forbidden":
      return messages.conversation.pending.failedForbidden;
    case "network":
      return `${messages.conversation.pending.failed} ${messages.errors.network}`;
    case "invalid":
      return `${messages.conversation.pending.failed} ${messages.conversation.errors.invalid}`;
    case "unexpected":
    case null:
      return `${messages.conversation.pending.failed} ${messages.errors.unexpected}`;
  }
}
