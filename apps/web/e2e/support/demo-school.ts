// The demo school the API seeds into an empty database (see @zang/core's seedDemoSchool).
export const DEMO = {
  schoolCode: "demo",
  password: "demo-pass-1234",
  admin: "admin",
  teacher1: "teacher1",
  /** Teaches 7-B. */
  teacher2: "teacher2",
  /** In 7-A, taught by teacher1. */
  student1: "student1",
  /** In 7-B only: must never see 7-A. */
  student30: "student30",
  classA: "7-A",
  classB: "7-B",
} as const;
