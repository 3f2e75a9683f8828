import type { Message } from "../api-types.ts";
import { useI18n } from "../i18n/i18n-provider.tsx";

type ReplyTarget = NonNullable<Message["replyTo"]>;

/** The quoted message a reply answers: its author and the start of its text; shows it on click. */
export function ReplyPreview({ replyTo }: { replyTo: ReplyTarget }) {
  const { messages } = useI18n();
  return (
    // A button, not a #hash link: the hash is the page's route.
    <button type="button" className="reply-preview" onClick={() => scrollToMessage(replyTo.id)}>
      <span className="reply-preview__author">
        <span className="zang-visually-hidden">{messages.conversation.replyTo(replyTo.authorName)}</span>
        <bdi aria-hidden="true">{replyTo.authorName}</bdi>
      </span>
      {replyTo.isDeleted ? (
        <span className="reply-preview__body reply-preview__body--deleted">{messages.conversation.deleted}</span>
      ) : (
        <span className="reply-preview__body" dir="auto">
          {/* A message of only files has no text to quote; the reply preview does not carry its files. */}
          {replyTo.body || messages.files.someFiles}
        </span>
      )}
    </button>
  );
}

const FLASH_MS = 2000;

/**
 * Brings a message into view if it is loaded (older ones are not, until scrolled to); with
 * `flash`, at once rather than smoothly, and marked for a moment so the eye finds it (a jump from
 * a search: older pages loaded on arrival would cut a smooth scroll short). False when it is not
 * on the page.
 */
export function scrollToMessage(messageId: string, { flash = false } = {}): boolean {
  const element = document.getElementById(messageDomId(messageId));
  if (!element) return false;
  element.scrollIntoView({ block: "center", behavior: flash ? "instant" : "smooth" });
  if (flash) {
    element.classList.add("message--found");
    setTimeout(() => element.classList.remove("message--found"), FLASH_MS);
  }
  return true;
}

export function messageDomId(messageId: string): string {
  return `message-${messageId}`;
}
