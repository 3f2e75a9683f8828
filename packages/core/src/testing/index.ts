export { connectTestDb, buildTestSchool, viewerFor, TEST_PASSWORD } from "./test-db.ts";
