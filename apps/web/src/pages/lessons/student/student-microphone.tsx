import { useLocalParticipantPermissions } from "@livekit/components-react";
import { Track } from "livekit-client";
import { useEffect } from "react";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import { canPublishSource } from "../room/microphone-permission.ts";
import { MediaToggle } from "../room/media-toggle.tsx";

/**
 * The microphone button, shown only while the teacher allows it. LiveKit pushes permission changes
 * to the participant, so it appears (and disappears) without a reload; the parent hears about it
 * to update the hand.
 */
export function StudentMicrophone({ onCanSpeakChange }: { onCanSpeakChange: (canSpeak: boolean) => void }) {
  const { messages } = useI18n();
  const text = messages.lessons.controls;
  const permissions = useLocalParticipantPermissions();
  const canSpeak = canPublishSource(permissions, Track.Source.Microphone);
  useEffect(() => {
    onCanSpeakChange(canSpeak);
    return () => onCanSpeakChange(false);
  }, [canSpeak, onCanSpeakChange]);
  return canSpeak ? <MediaToggle source={Track.Source.Microphone} turnOn={text.microphoneOn} turnOff={text.microphoneOff} /> : null;
}
