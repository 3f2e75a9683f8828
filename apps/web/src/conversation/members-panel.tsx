import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Badge, Button, Card, Checkbox } from "@zang/ui";
import { useState } from "react";
import type { ClassDetail, ClassMember } from "../api-types.ts";
import { AddPeople } from "../classes-admin/add-people.tsx";
import { LoadError } from "../components/load-error.tsx";
import { Loading } from "../components/loading.tsx";
import { useI18n } from "../i18n/i18n-provider.tsx";
import type { Locale } from "../i18n/locales.ts";
import type { Messages } from "../i18n/messages.ts";
import { actionFailureText } from "../lib/action-failure.ts";
import { nameComparer } from "../lib/compare-names.ts";
import { useTRPC } from "../trpc.ts";

/**
 * For the class's teachers: announcement mode, and who is in the class, with mute and unmute.
 * School admins (`canManagePeople`) also add people and take them out.
 */
export function MembersPanel({ classDetail, canManagePeople, onError }: { classDetail: ClassDetail; canManagePeople: boolean; onError: (error: unknown) => void }) {
  const { locale, messages } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const classId = classDetail.id;
  const members = useQuery(trpc.classes.members.queryOptions({ classId }));
  // What the teacher asked for shows from the click (set in the event itself, so React never
  // puts the box back) until the class detail has been re-read, or the change fails.
  const [requestedPolicy, setRequestedPolicy] = useState<ClassDetail["postingPolicy"] | null>(null);
  const setPostingPolicy = useMutation(
    trpc.classes.setPostingPolicy.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.classes.pathKey() });
        setRequestedPolicy(null);
      },
      onError: (error) => {
        setRequestedPolicy(null);
        onError(error);
      },
    }),
  );
  const muteMember = useMutation(
    trpc.classes.muteMember.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.classes.members.queryFilter({ classId })),
      onError,
    }),
  );
  // Adding and removing people (admins) fail in this panel's own words, shown above the search.
  const [peopleError, setPeopleError] = useState<unknown>(null);
  const removeMember = useMutation(
    trpc.classes.removeMember.mutationOptions({
      onMutate: () => setPeopleError(null),
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.classes.pathKey() }),
      onError: setPeopleError,
    }),
  );
  const isAnnouncementMode = (requestedPolicy ?? classDetail.postingPolicy) === "teachers_only";

  return (
    <Card className="members-panel" title={messages.members.title} headingLevel={2}>
      <Checkbox
        label={messages.members.announcementMode}
        hint={messages.members.announcementModeHint}
        checked={isAnnouncementMode}
        disabled={requestedPolicy !== null}
        onChange={(event) => {
          const postingPolicy = event.target.checked ? "teachers_only" : "everyone";
          setRequestedPolicy(postingPolicy);
          setPostingPolicy.mutate({ classId, postingPolicy });
        }}
      />
      {members.isPending ? (
        <Loading />
      ) : members.isError ? (
        <LoadError title={messages.members.loadFailed} error={members.error} onRetry={() => void members.refetch()} />
      ) : (
        <ul className="members-panel__list">
          {sortMembers(members.data, locale).map((member) => (
            <MemberRow
              key={member.userId}
              member={member}
              isSaving={muteMember.isPending && muteMember.variables.userId === member.userId}
              onMute={(muted) => muteMember.mutate({ classId, userId: member.userId, muted })}
              onRemove={canManagePeople ? () => removeMember.mutate({ classId, userId: member.userId }) : undefined}
              isRemoving={removeMember.isPending && removeMember.variables.userId === member.userId}
            />
          ))}
        </ul>
      )}
      {peopleError !== null && <Alert tone="error" title={peopleChangeFailure(messages, peopleError)} />}
      {canManagePeople && <AddPeople classId={classId} onStart={() => setPeopleError(null)} onError={setPeopleError} />}
    </Card>
  );
}

function peopleChangeFailure(messages: Messages, error: unknown): string {
  const { notFound, invalid } = messages.members.changeFailed;
  return actionFailureText({ messages, error, texts: { notFound, invalid, conflict: invalid, forbidden: messages.conversation.errors.forbidden } });
}

/** Teachers first, then by name as people count: "Student 2" before "Student 10". */
function sortMembers(members: readonly ClassMember[], locale: Locale): ClassMember[] {
  const byName = nameComparer(locale);
  const rank = (member: ClassMember) => (member.role === "teacher" ? 0 : 1);
  return [...members].sort((a, b) => rank(a) - rank(b) || byName(a, b));
}

type MemberRowProps = {
  member: ClassMember;
  isSaving: boolean;
  onMute: (muted: boolean) => void;
  /** Only for admins. */
  onRemove: (() => void) | undefined;
  isRemoving: boolean;
};

function MemberRow({ member, isSaving, onMute, onRemove, isRemoving }: MemberRowProps) {
  const { messages } = useI18n();
  return (
    <li className="members-panel__member">
      <span className="members-panel__name">
        <bdi>{member.displayName}</bdi>
        {member.role === "teacher" && <Badge tone="accent">{messages.classes.roles.teacher}</Badge>}
        {member.isMuted && <Badge tone="warning">{messages.members.muted}</Badge>}
        {!member.isActive && <Badge>{messages.members.deactivated}</Badge>}
      </span>
      <span className="members-panel__actions">
        {member.role === "student" && (
          <Button
            variant="ghost"
            className="message-actions__button"
            isBusy={isSaving}
            aria-label={member.isMuted ? messages.members.unmuteMember(member.displayName) : messages.members.muteMember(member.displayName)}
            onClick={() => onMute(!member.isMuted)}
          >
            {member.isMuted ? messages.members.unmute : messages.members.mute}
          </Button>
        )}
        {onRemove && (
          <Button variant="ghost" className="message-actions__button" isBusy={isRemoving} aria-label={messages.members.removeMember(member.displayName)} onClick={onRemove}>
            {messages.members.remove}
          </Button>
        )}
      </span>
    </li>
  );
}
