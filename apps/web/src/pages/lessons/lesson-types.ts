// Shapes of the lessons API's answers, inferred from the router so they cannot drift.
import type { RouterOutputs } from "../../trpc.ts";

export type Lesson = RouterOutputs["lessons"]["list"][number];
export type LessonState = Lesson["state"];
export type RaisedHand = RouterOutputs["lessons"]["hands"][number];
export type AttendanceReport = RouterOutputs["lessons"]["attendance"];
export type AttendanceRow = AttendanceReport["students"][number];
/** What `lessons.join` hands out: livekit-client's `room.connect(url, token)` arguments. */
export type JoinTicket = RouterOutputs["lessons"]["join"];
