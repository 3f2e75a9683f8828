import { useTrackToggle } from "@livekit/components-react";
import type { Track } from "livekit-client";
import { Button } from "@zang/ui";

type ToggleSource = Track.Source.Microphone | Track.Source.Camera | Track.Source.ScreenShare;

/**
 * Turns one of the reader's own tracks on or off; the label says what a press will do. A refused
 * device reaches LessonRoom as the room's media-device failure, which explains it.
 */
export function MediaToggle({ source, turnOn, turnOff }: { source: ToggleSource; turnOn: string; turnOff: string }) {
  const { enabled, pending, toggle } = useTrackToggle({ source });
  return (
    <Button variant={enabled ? "primary" : "secondary"} isBusy={pending} onClick={() => void toggle()}>
      {enabled ? turnOff : turnOn}
    </Button>
  );
}
