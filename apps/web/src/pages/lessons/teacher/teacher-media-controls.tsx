import { Track } from "livekit-client";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import { MediaToggle } from "../room/media-toggle.tsx";

/** The teacher presents: microphone, camera and screen (the token allows all three). */
export function TeacherMediaControls() {
  const { messages } = useI18n();
  const text = messages.lessons.controls;
  return (
    <div className="lesson-media-controls" role="group" aria-label={messages.lessons.room.label}>
      <MediaToggle source={Track.Source.Microphone} turnOn={text.microphoneOn} turnOff={text.microphoneOff} />
      <MediaToggle source={Track.Source.Camera} turnOn={text.cameraOn} turnOff={text.cameraOff} />
      <MediaToggle source={Track.Source.ScreenShare} turnOn={text.screenOn} turnOff={text.screenOff} />
    </div>
  );
}
