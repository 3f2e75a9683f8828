export { requireVideo, VIDEO_NOT_CONFIGURED_MESSAGE, type LessonDeps, type LessonView } from "./lesson-access.ts";
export { scheduleLesson, listLessons, startLesson, endLesson, EXTRA_ROOM_SEATS, ROOM_EMPTY_TIMEOUT_SECONDS, ROOM_DEPARTURE_TIMEOUT_SECONDS } from "./manage-lessons.ts";
export { joinLesson } from "./join-lesson.ts";
export { raiseHand, myHand, setSpeaker, listHands } from "./hands.ts";
export { lessonAttendance, exportAttendanceCsv } from "./attendance.ts";
export { attendanceFigures, type AttendanceFigures, type SessionInterval } from "./attendance-intervals.ts";
export { applyVideoWebhook, type WebhookOutcome } from "./apply-webhook.ts";
