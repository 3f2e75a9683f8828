import { RoomAudioRenderer, StartAudio, useTracks, VideoTrack } from "@livekit/components-react";
import { Track } from "livekit-client";
import { useI18n } from "../../../i18n/i18n-provider.tsx";

const VIDEO_SOURCES = [Track.Source.ScreenShare, Track.Source.Camera];

/**
 * What the class sees and hears: shared screens first (the board of an online lesson), then
 * cameras, and everyone's audio. Browsers block sound until the page is clicked; StartAudio shows
 * a button only while that is the case.
 */
export function RoomStage() {
  const { messages } = useI18n();
  const text = messages.lessons;
  const tracks = useTracks(VIDEO_SOURCES, { onlySubscribed: true });
  const ordered = [...tracks].sort((a, b) => VIDEO_SOURCES.indexOf(a.source) - VIDEO_SOURCES.indexOf(b.source));
  return (
    <div className="lesson-stage">
      <RoomAudioRenderer />
      <StartAudio label={text.controls.startAudio} className="zang-button zang-button--primary lesson-stage__start-audio" />
      {ordered.length === 0 ? (
        <p className="lesson-stage__empty">{text.room.noVideo}</p>
      ) : (
        <ul className="lesson-stage__tracks">
          {ordered.map((trackRef) => (
            <li key={`${trackRef.participant.identity}:${trackRef.source}`} className="lesson-stage__tile" data-source={trackRef.source}>
              <VideoTrack trackRef={trackRef} className="lesson-stage__video" />
              <span className="lesson-stage__name">
                <bdi>{trackRef.participant.name || trackRef.participant.identity}</bdi>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
