import { Alert, Button, Spinner } from "@zang/ui";
import { Fragment, useEffect, useRef } from "react";
import type { Message } from "../api-types.ts";
import { dayKey, formatDate } from "../format/format-date.ts";
import { useI18n } from "../i18n/i18n-provider.tsx";
import type { PendingMessage } from "./conversation-state.ts";
import type { MessageActionHandlers } from "./message-actions.tsx";
import { MessageItem } from "./message-item.tsx";
import type { MessagePermissions } from "./message-permissions.ts";
import { PendingItem } from "./pending-item.tsx";
import { useInView } from "./use-in-view.ts";
import { useStickToBottom } from "./use-stick-to-bottom.ts";

/** Messages by others with afterSeq < seq <= upToSeq; later ones arrived while the reader watched. */
export type UnreadRange = { afterSeq: number; upToSeq: number };

export type MessageListProps = {
  label: string;
  messages: readonly Message[];
  pending: readonly PendingMessage[];
  viewer: { id: string; displayName: string };
  timeZone: string;
  /** What was unread when the page opened: a divider marks where it starts. */
  unreadOnOpen: UnreadRange | null;
  hasOlder: boolean;
  isLoadingOlder: boolean;
  olderError: unknown;
  onLoadOlder: () => void;
  onNewestSeen: (newest: Message) => void;
  permissionsFor: (message: Message) => MessagePermissions;
  handlers: MessageActionHandlers;
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
};

export function MessageList(props: MessageListProps) {
  const { messages, pending, viewer, timeZone, hasOlder, isLoadingOlder, olderError, onLoadOlder, onNewestSeen } = props;
  const { locale, messages: text } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const top = useRef<HTMLDivElement>(null);
  const bottom = useRef<HTMLDivElement>(null);
  const newest = messages.at(-1);
  const onScroll = useStickToBottom({ container: scroller, firstId: messages[0]?.id, lastId: newest?.id, pendingCount: pending.length });

  // Scrolling up to the top loads the page before it; the button does the same by hand.
  const isTopInView = useInView(top, scroller);
  useEffect(() => {
    if (isTopInView && hasOlder && !isLoadingOlder && !olderError) onLoadOlder();
  }, [isTopInView, hasOlder, isLoadingOlder, olderError, onLoadOlder]);

  const isBottomInView = useInView(bottom, scroller);
  useEffect(() => {
    if (!isBottomInView || !newest) return;
    onNewestSeen(newest);
    // A message that arrived in a background tab counts as seen when the reader comes back.
    const onVisible = () => onNewestSeen(newest);
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [isBottomInView, newest, onNewestSeen]);

  const unread = props.unreadOnOpen;
  const firstUnread = unread && messages.find((message) => message.seq > unread.afterSeq && message.seq <= unread.upToSeq && message.authorId !== viewer.id);

  return (
    <div ref={scroller} className="message-list" onScroll={onScroll} role="log" aria-label={props.label}>
      <div ref={top} className="message-list__top">
        {hasOlder ? (
          olderError ? (
            <Alert tone="error" title={text.errors.network}>
              <Button variant="secondary" onClick={onLoadOlder}>
                {text.retry}
              </Button>
            </Alert>
          ) : (
            <Button variant="ghost" isBusy={isLoadingOlder} onClick={onLoadOlder}>
              {text.conversation.loadOlder}
            </Button>
          )
        ) : (
          <p className="message-list__start">{messages.length === 0 && pending.length === 0 ? text.conversation.empty : text.conversation.startOfConversation}</p>
        )}
        {isLoadingOlder && <Spinner size="small" />}
      </div>
      <ol className="message-list__items">
        {messages.map((message, index) => {
          const day = dayKey(message.createdAt, timeZone);
          const isNewDay = index === 0 || day !== dayKey(messages[index - 1]!.createdAt, timeZone);
          return (
            <Fragment key={message.id}>
              {isNewDay && (
                <li className="message-list__divider" role="separator">
                  {formatDate(message.createdAt, { locale, timeZone })}
                </li>
              )}
              {message === firstUnread && (
                <li className="message-list__divider message-list__divider--unread" role="separator">
                  {text.conversation.newMessages}
                </li>
              )}
              <li className="message-list__item">
                <MessageItem message={message} isOwn={message.authorId === viewer.id} permissions={props.permissionsFor(message)} handlers={props.handlers} timeZone={timeZone} />
              </li>
            </Fragment>
          );
        })}
        {pending.map((item) => (
          <li key={item.clientId} className="message-list__item">
            <PendingItem pending={item} authorName={viewer.displayName} onRetry={() => props.onRetry(item.clientId)} onDiscard={() => props.onDiscard(item.clientId)} />
          </li>
        ))}
      </ol>
      <div ref={bottom} className="message-list__bottom" />
    </div>
  );
}
