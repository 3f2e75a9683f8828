import { Button } from "@zang/ui";
import { useState } from "react";
import type { Message } from "../api-types.ts";
import { formatNumber } from "../format/format-number.ts";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { messagePreview } from "./message-preview.ts";
import { scrollToMessage } from "./reply-preview.tsx";

/** Pinned posts above the conversation: the latest one, the rest a click away. */
export function PinnedBar({ pinned, canUnpin, onUnpin }: { pinned: readonly Message[]; canUnpin: boolean; onUnpin: (message: Message) => void }) {
  const { locale, messages } = useI18n();
  const [isExpanded, setIsExpanded] = useState(false);
  if (pinned.length === 0) return null;
  const shown = isExpanded ? pinned : pinned.slice(0, 1);
  const title = messages.conversation.pinned.title(formatNumber(pinned.length, locale));
  return (
    <section className="pinned-bar" aria-label={title}>
      <div className="pinned-bar__header">
        <span className="pinned-bar__title">{title}</span>
        {pinned.length > 1 && (
          <Button
            variant="ghost"
            className="message-actions__button"
            aria-label={isExpanded ? messages.conversation.pinned.showLatest : messages.conversation.pinned.showAll}
            onClick={() => setIsExpanded((current) => !current)}
          >
            <span aria-hidden="true">{isExpanded ? "−" : "+"}</span>
          </Button>
        )}
      </div>
      <ul className="pinned-bar__list">
        {shown.map((message) => (
          <li key={message.id} className="pinned-bar__item">
            <button type="button" className="pinned-bar__message" onClick={() => scrollToMessage(message.id)}>
              <bdi className="pinned-bar__author">{message.authorName}</bdi>
              <span className="pinned-bar__body" dir="auto">
                {messagePreview({ body: message.body, fileCount: message.attachments.length }, { messages, locale })}
              </span>
            </button>
            {canUnpin && (
              <Button variant="ghost" className="message-actions__button" onClick={() => onUnpin(message)}>
                {messages.conversation.actions.unpin}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
