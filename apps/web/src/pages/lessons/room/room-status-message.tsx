import { Alert, Button, Spinner } from "@zang/ui";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import type { RoomStatus } from "./room-status.ts";

/** What the room says about its connection; nothing while all is well. */
export function RoomStatusMessage({ status, isRejoining, onRejoin }: { status: RoomStatus; isRejoining: boolean; onRejoin: () => void }) {
  const { messages } = useI18n();
  const text = messages.lessons.room;
  const rejoin = (
    <Button variant="secondary" isBusy={isRejoining} onClick={onRejoin}>
      {text.rejoin}
    </Button>
  );
  switch (status.kind) {
    case "connected":
      return null;
    case "connecting":
      return (
        <p className="lesson-room__connecting">
          <Spinner size="small" />
          <span role="status">{text.connecting}</span>
        </p>
      );
    case "reconnecting":
      return <Alert tone="info" title={text.reconnecting} />;
    case "failed": {
      const failure = text.failures[status.failure];
      return (
        <Alert tone="error" title={failure.title} className="lesson-room__failure">
          <p>{failure.body}</p>
          {status.failure !== "unsupported" && rejoin}
        </Alert>
      );
    }
    case "ended":
      switch (status.end) {
        case "left":
          return null;
        case "roomClosed":
          return <Alert tone="info" title={text.ends.roomClosed} />;
        case "removed":
        case "replaced":
        case "lost":
          return (
            <Alert tone="error" title={text.ends[status.end]}>
              {rejoin}
            </Alert>
          );
      }
  }
}
