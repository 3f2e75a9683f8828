import type { FileStore } from "./file-store.ts";
import { createLocalFileStore, type LocalFileStoreConfig } from "./local-file-store.ts";
import { createS3FileStore, type S3FileStoreConfig } from "./s3-file-store.ts";

export type FileStoreConfig = LocalFileStoreConfig | S3FileStoreConfig;

/** The app's env.ts chooses the config; this package never reads the environment. */
export function createFileStore(config: FileStoreConfig): FileStore {
  switch (config.kind) {
    case "local":
      return createLocalFileStore(config);
    case "s3":
      return createS3FileStore(config);
  }
}
