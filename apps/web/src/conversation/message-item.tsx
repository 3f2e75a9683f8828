import { Badge, classNames } from "@zang/ui";
import { useState } from "react";
import type { Message } from "../api-types.ts";
import { AttachmentList } from "../files/attachment-list.tsx";
import { formatDateTime, formatTime } from "../format/format-date.ts";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { MessageActions, type MessageActionHandlers } from "./message-actions.tsx";
import { MessageBody } from "./message-body.tsx";
import { MessageReadersPanel } from "./message-readers-panel.tsx";
import type { MessagePermissions } from "./message-permissions.ts";
import { messageDomId, ReplyPreview } from "./reply-preview.tsx";

export type MessageItemProps = {
  message: Message;
  isOwn: boolean;
  permissions: MessagePermissions;
  handlers: MessageActionHandlers;
  timeZone: string;
};

export function MessageItem({ message, isOwn, permissions, handlers, timeZone }: MessageItemProps) {
  const { locale, messages } = useI18n();
  const text = messages.conversation;
  const [isShowingReaders, setIsShowingReaders] = useState(false);
  return (
    <article id={messageDomId(message.id)} className={classNames("message", isOwn && "message--own", message.pinnedAt && "message--pinned")} data-seq={message.seq}>
      <header className="message__header">
        <bdi className="message__author">{message.authorName}</bdi>
        <AuthorRoleBadge role={message.authorRole} />
        <time className="message__time" dateTime={message.createdAt.toISOString()} title={formatDateTime(message.createdAt, { locale, timeZone })}>
          {formatTime(message.createdAt, { locale, timeZone })}
        </time>
        {message.editedAt && !message.isDeleted && <span className="message__edited">{text.edited}</span>}
      </header>
      {message.replyTo && !message.isDeleted && <ReplyPreview replyTo={message.replyTo} />}
      {message.isDeleted ? (
        <p className="message__deleted">{text.deleted}</p>
      ) : (
        <>
          {message.body !== "" && <MessageBody className="message__body" body={message.body} />}
          <AttachmentList files={message.attachments} previewImages />
        </>
      )}
      <MessageActions message={message} permissions={permissions} handlers={handlers} readers={{ isOpen: isShowingReaders, onToggle: () => setIsShowingReaders((open) => !open) }} />
      {isShowingReaders && permissions.canSeeReaders && <MessageReadersPanel messageId={message.id} onClose={() => setIsShowingReaders(false)} />}
    </article>
  );
}

function AuthorRoleBadge({ role }: { role: Message["authorRole"] }) {
  const { messages } = useI18n();
  switch (role) {
    case "teacher":
    case "admin":
      return <Badge tone="accent">{messages.conversation.authorRoles[role]}</Badge>;
    case "student":
      return null;
  }
}
