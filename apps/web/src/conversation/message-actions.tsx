import { Button } from "@zang/ui";
import { useState } from "react";
import type { Message } from "../api-types.ts";
import { useI18n } from "../i18n/i18n-provider.tsx";
import type { MessagePermissions } from "./message-permissions.ts";

export type MessageActionHandlers = {
  onReply: (message: Message) => void;
  onEdit: (message: Message) => void;
  onDelete: (message: Message) => void;
  onPin: (message: Message, pinned: boolean) => void;
};

export type MessageActionsProps = {
  message: Message;
  permissions: MessagePermissions;
  handlers: MessageActionHandlers;
  /** Whether the message's "seen by" panel is open (teachers only), and how to open or close it. */
  readers: { isOpen: boolean; onToggle: () => void };
};

export function MessageActions({ message, permissions, handlers, readers }: MessageActionsProps) {
  const { messages } = useI18n();
  const text = messages.conversation.actions;
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  // Nothing to offer (a deleted message, say), not even a delete confirmation left open.
  if (!Object.values(permissions).includes(true)) return null;
  if (isConfirmingDelete) {
    return (
      <div className="message-actions message-actions--confirm" role="group" aria-label={text.confirmDelete}>
        <span>{text.confirmDelete}</span>
        <Button variant="danger" className="message-actions__button" onClick={() => handlers.onDelete(message)}>
          {text.delete}
        </Button>
        <Button variant="ghost" className="message-actions__button" onClick={() => setIsConfirmingDelete(false)}>
          {text.cancel}
        </Button>
      </div>
    );
  }
  const isPinned = message.pinnedAt !== null;
  return (
    <div className="message-actions" role="group" aria-label={text.label}>
      {permissions.canReply && (
        <Button variant="ghost" className="message-actions__button" onClick={() => handlers.onReply(message)}>
          {text.reply}
        </Button>
      )}
      {permissions.canEdit && (
        <Button variant="ghost" className="message-actions__button" onClick={() => handlers.onEdit(message)}>
          {text.edit}
        </Button>
      )}
      {permissions.canPin && (
        <Button variant="ghost" className="message-actions__button" onClick={() => handlers.onPin(message, !isPinned)}>
          {isPinned ? text.unpin : text.pin}
        </Button>
      )}
      {permissions.canDelete && (
        <Button variant="ghost" className="message-actions__button" onClick={() => setIsConfirmingDelete(true)}>
          {text.delete}
        </Button>
      )}
      {permissions.canSeeReaders && (
        <Button variant="ghost" className="message-actions__button" aria-expanded={readers.isOpen} onClick={readers.onToggle}>
          {text.readers}
        </Button>
      )}
    </div>
  );
}
