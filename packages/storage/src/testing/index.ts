// Test helpers for packages that store files: an S3-protocol server on loopback and small real
// files of each kind.
export { startLocalS3, type LocalS3 } from "./s3-server.ts";
export { createTempLocalStore } from "./temp-local-store.ts";
export { sampleDocx, sampleElf, sampleJpeg, samplePdf, samplePng, sampleXlsx } from "./sample-files.ts";
