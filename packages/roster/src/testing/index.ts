export { importForTest, type TestImport } from "./run-test-import.ts";
export { csvCell, manifestCsv, oneRosterCsv, smallRoster, tempDir, writeFolder, zipArchive, type Row, type SmallRoster } from "./roster-fixtures.ts";
