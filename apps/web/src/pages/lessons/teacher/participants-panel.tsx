import { useParticipants } from "@livekit/components-react";
import { Track } from "livekit-client";
import { Badge, Card } from "@zang/ui";
import type { ClassMember } from "../../../api-types.ts";
import { formatNumber } from "../../../format/format-number.ts";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import { canPublishSource } from "../room/microphone-permission.ts";
import { SpeakerButton } from "./speaker-button.tsx";

/**
 * Who is in the room right now, as LiveKit sees it (identities are user ids), with the students'
 * microphone permission as LiveKit last reported it — so a grant shows here once it took effect.
 */
export function ParticipantsPanel({ lessonId, members }: { lessonId: string; members: ClassMember[] | undefined }) {
  const { locale, messages } = useI18n();
  const text = messages.lessons.participants;
  const participants = useParticipants();
  const roleOf = new Map(members?.map((member) => [member.userId, member.role]));
  return (
    <Card title={text.title(formatNumber(participants.length, locale))} headingLevel={3} className="lesson-participants">
      <ul className="lesson-participants__list">
        {participants.map((participant) => {
          const name = participant.name || participant.identity;
          const role = roleOf.get(participant.identity);
          const canSpeak = canPublishSource(participant.permissions, Track.Source.Microphone);
          return (
            <li key={participant.identity} className="lesson-participants__item">
              <div className="lesson-participants__who">
                <bdi>{name}</bdi>
                {participant.isLocal && <span className="lesson-participants__you">({text.you})</span>}
                {role === "teacher" && <Badge>{text.teacher}</Badge>}
                <span className="lesson-participants__mic">{participant.isMicrophoneEnabled ? text.microphoneOn : text.muted}</span>
                {participant.isSpeaking && <Badge tone="success">{text.speaking}</Badge>}
              </div>
              {role === "student" && <SpeakerButton lessonId={lessonId} userId={participant.identity} name={name} canSpeak={canSpeak} />}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
