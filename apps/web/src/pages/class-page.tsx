import { useMutation, useQuery } from "@tanstack/react-query";
import { Alert, Button, EmptyState, LinkButton, Page } from "@zang/ui";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ClassDetail, Message, Viewer } from "../api-types.ts";
import { ClassSettingsCard } from "../classes-admin/class-settings-card.tsx";
import { LoadError } from "../components/load-error.tsx";
import { Loading } from "../components/loading.tsx";
import { actionErrorText } from "../conversation/action-error.ts";
import { Composer, type ComposerMode } from "../conversation/composer.tsx";
import { MembersPanel } from "../conversation/members-panel.tsx";
import type { MessageActionHandlers } from "../conversation/message-actions.tsx";
import { MessageList, type UnreadRange } from "../conversation/message-list.tsx";
import { MessageSearch } from "../conversation/message-search.tsx";
import { MESSAGE_SEARCH_MESSAGES } from "../conversation/message-search-messages.ts";
import { messagePermissions } from "../conversation/message-permissions.ts";
import { PinnedBar } from "../conversation/pinned-bar.tsx";
import { scrollToMessage } from "../conversation/reply-preview.tsx";
import { useClassMessages } from "../conversation/use-class-messages.ts";
import { useMarkRead } from "../conversation/use-mark-read.ts";
import { useUnseenWhileHidden } from "../conversation/use-unseen-while-hidden.ts";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { useDocumentTitle } from "../lib/document-title.tsx";
import { trpcErrorCode } from "../lib/trpc-error.ts";
import { routeHref } from "../routing/route.ts";
import { useTRPC } from "../trpc.ts";
import { ClassLessonsStrip } from "./lessons/class-lessons-strip.tsx";

// Posting rights change without a message event (a teacher turns on announcement mode, mutes a
// student): re-read them now and then, besides on focus and after a refused send.
const CLASS_DETAIL_REFRESH_MS = 30_000;

export function ClassPage({ classId, viewer }: { classId: string; viewer: Viewer }) {
  const { messages, locale } = useI18n();
  const trpc = useTRPC();
  const [isSearchOpen, setIsSearchOpen] = useState(false);
  const classDetail = useQuery(trpc.classes.get.queryOptions({ classId }, { staleTime: 0, refetchInterval: CLASS_DETAIL_REFRESH_MS }));
  const back = (
    <LinkButton variant="secondary" href={routeHref({ name: "classes" })}>
      {messages.conversation.backToClasses}
    </LinkButton>
  );
  if (classDetail.isPending) return <Loading />;
  if (classDetail.isError && trpcErrorCode(classDetail.error) === "NOT_FOUND") {
    // Also what members of other classes see: the server does not tell the two apart.
    return (
      <Page title={messages.notFound.title} actions={back}>
        <EmptyState title={messages.conversation.notFound} />
      </Page>
    );
  }
  if (classDetail.isError) {
    return (
      <Page title={messages.conversation.loadFailed} actions={back}>
        <LoadError title={messages.conversation.loadFailed} error={classDetail.error} onRetry={() => void classDetail.refetch()} />
      </Page>
    );
  }
  return (
    <Page
      title={<bdi>{classDetail.data.name}</bdi>}
      actions={
        <>
          {back}
          <Button variant="secondary" aria-expanded={isSearchOpen} onClick={() => setIsSearchOpen((open) => !open)}>
            {MESSAGE_SEARCH_MESSAGES[locale].open}
          </Button>
          <LinkButton href={routeHref({ name: "homework", classId })}>{messages.homework.link}</LinkButton>
          <LinkButton href={routeHref({ name: "lessons", classId })}>{messages.lessons.link}</LinkButton>
        </>
      }
    >
      <ClassLessonsStrip classId={classId} timeZone={viewer.school.timeZone} />
      <Conversation
        classDetail={classDetail.data}
        isDetailFresh={!classDetail.isFetching}
        viewer={viewer}
        onCloseSearch={isSearchOpen ? () => setIsSearchOpen(false) : null}
      />
    </Page>
  );
}

function Conversation({
  classDetail,
  isDetailFresh,
  viewer,
  onCloseSearch,
}: {
  classDetail: ClassDetail;
  isDetailFresh: boolean;
  viewer: Viewer;
  /** Set while the search is open. */
  onCloseSearch: (() => void) | null;
}) {
  const { messages } = useI18n();
  const trpc = useTRPC();
  const classId = classDetail.id;
  const conversation = useClassMessages({ classId, viewerId: viewer.id, pinned: classDetail.pinned });
  const { applyChange, loadBackTo } = conversation;
  const [mode, setMode] = useState<ComposerMode>({ kind: "new" });
  const [actionError, setActionError] = useState<unknown>(null);

  // The messages that were unread when the page opened, read from a fresh answer (a cached one
  // from an earlier visit would misplace the divider). Marking read waits for it.
  const [unreadOnOpen, setUnreadOnOpen] = useState<UnreadRange | null>(null);
  useEffect(() => {
    if (unreadOnOpen === null && isDetailFresh) setUnreadOnOpen({ afterSeq: classDetail.lastReadSeq, upToSeq: classDetail.lastSeq });
  }, [unreadOnOpen, isDetailFresh, classDetail.lastReadSeq, classDetail.lastSeq]);
  const markRead = useMarkRead({ classId, lastReadSeq: unreadOnOpen?.afterSeq });
  const onNewestSeen = useCallback((newest: Message) => unreadOnOpen !== null && markRead(newest), [unreadOnOpen, markRead]);

  const onActionSuccess = (message: Message) => {
    setActionError(null);
    applyChange(message);
  };
  const edit = useMutation(trpc.messages.edit.mutationOptions({ onSuccess: onActionSuccess, onError: setActionError }));
  const remove = useMutation(trpc.messages.delete.mutationOptions({ onSuccess: onActionSuccess, onError: setActionError }));
  const pin = useMutation(trpc.messages.pin.mutationOptions({ onSuccess: onActionSuccess, onError: setActionError }));
  const { mutate: editMessage } = edit;
  const { mutate: deleteMessage } = remove;
  const { mutate: pinMessage } = pin;

  const handlers = useMemo<MessageActionHandlers>(
    () => ({
      onReply: (message) => setMode({ kind: "reply", message }),
      onEdit: (message) => setMode({ kind: "edit", message }),
      onDelete: (message) => deleteMessage({ messageId: message.id }),
      onPin: (message, pinned) => pinMessage({ messageId: message.id, pinned }),
    }),
    [deleteMessage, pinMessage],
  );
  useDocumentTitle(classDetail.name, useUnseenWhileHidden(conversation.messages, viewer.id));

  // A search result to bring into view once it is on the page (it may take older pages first).
  const [revealId, setRevealId] = useState<string | null>(null);
  useEffect(() => {
    if (revealId !== null && scrollToMessage(revealId, { flash: true })) setRevealId(null);
  }, [revealId, conversation.messages]);
  const showFound = useCallback(
    async (message: Message) => {
      if (!(await loadBackTo(message.seq))) return false;
      setRevealId(message.id);
      return true;
    },
    [loadBackTo],
  );

  const permissionsFor = useCallback((message: Message) => messagePermissions({ message, viewerId: viewer.id, classDetail }), [viewer.id, classDetail]);

  if (!conversation.isLoaded) {
    return conversation.loadError ? (
      <LoadError title={messages.conversation.loadFailed} error={conversation.loadError} onRetry={conversation.reload} />
    ) : (
      <Loading />
    );
  }
  return (
    <div className={classDetail.canModerate ? "class-layout class-layout--with-panel" : "class-layout"}>
      <section className="conversation" aria-label={classDetail.name} data-live={conversation.isLive}>
        {onCloseSearch && <MessageSearch classId={classId} timeZone={viewer.school.timeZone} onShow={showFound} onClose={onCloseSearch} />}
        <PinnedBar pinned={conversation.pinned} canUnpin={classDetail.canModerate} onUnpin={(message) => pinMessage({ messageId: message.id, pinned: false })} />
        {conversation.isReconnecting && <Alert tone="info" title={messages.conversation.liveReconnecting} />}
        {actionError !== null && (
          <Alert tone="error" title={actionErrorText(messages, actionError)}>
            <Button variant="ghost" onClick={() => setActionError(null)}>
              {messages.conversation.actions.cancel}
            </Button>
          </Alert>
        )}
        <MessageList
          label={classDetail.name}
          messages={conversation.messages}
          pending={conversation.pending}
          viewer={{ id: viewer.id, displayName: viewer.displayName }}
          timeZone={viewer.school.timeZone}
          unreadOnOpen={unreadOnOpen}
          hasOlder={conversation.hasOlder}
          isLoadingOlder={conversation.isLoadingOlder}
          olderError={conversation.olderError}
          onLoadOlder={conversation.loadOlder}
          onNewestSeen={onNewestSeen}
          permissionsFor={permissionsFor}
          handlers={handlers}
          onRetry={conversation.retry}
          onDiscard={conversation.discard}
        />
        <Composer
          cannotPostReason={classDetail.cannotPostReason}
          mode={mode}
          onCancelMode={() => setMode({ kind: "new" })}
          onSend={(body, files) => conversation.send({ body, replyTo: mode.kind === "reply" ? mode.message : null, files })}
          onSaveEdit={(message, body) => editMessage({ messageId: message.id, body })}
        />
      </section>
      {classDetail.canModerate && (
        <div className="class-layout__panel">
          {viewer.role === "admin" && <ClassSettingsCard classDetail={classDetail} />}
          <MembersPanel classDetail={classDetail} canManagePeople={viewer.role === "admin"} onError={setActionError} />
        </div>
      )}
    </div>
  );
}
