export { runImport, type ImportPhase, type ImportProgress, type ImportResult, type RunImportOptions } from "./job/run-import.ts";
export { createImportJob, markInterruptedJobs, INTERRUPTED_MESSAGE, type NewImportJob, type ImportJobSource } from "./job/import-jobs.ts";
export type { ImportCounts, KindCounts } from "./merge/apply.ts";
export { RosterInputError } from "./input/roster-input-error.ts";
export { simpleTemplateCsv, SIMPLE_TEMPLATE_HEADER, SIMPLE_HEADERS } from "./simple/simple-format.ts";
export { errorReportLines } from "./job/error-report.ts";
export { rosterFiles, type RosterFiles } from "./service/roster-files.ts";
export { createRosterService, DEFAULT_MAX_UPLOAD_BYTES, type RosterService, type ImportOptions } from "./service/roster-service.ts";
export { listRosterJobs, getRosterJob, requireRosterJob, SHOWN_ERRORS, type RosterJobView } from "./service/job-views.ts";
