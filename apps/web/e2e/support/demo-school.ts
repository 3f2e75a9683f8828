// The demo school the API seeds into an empty database (see @zang/core's seedDemoSchool).
export const DEMO = {
  schoolCode: "demo",
  password: "demo-pass-1234",
  teacher1: "teacher1",
} as const;
