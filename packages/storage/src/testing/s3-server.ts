import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { S3FileStoreConfig } from "../s3-file-store.ts";

/** s3rver's fixed account. */
const CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

export type LocalS3 = {
  /** A store config for a new bucket, created through the S3 API. */
  createBucket(options?: { keyPrefix?: string }): Promise<S3FileStoreConfig>;
  /** A plain client, to look at a bucket without going through the store. */
  client: S3Client;
  stop(): Promise<void>;
};

/**
 * s3rver (an S3-protocol server from npm) in its own process on a free loopback port, with its
 * data in a fresh temp folder. A separate process keeps its memory out of the streaming test's
 * measurement, and the driver talks to it over real HTTP as it would to a bucket.
 * s3rver does not check V4 signatures, so tampered links are not caught here.
 */
export async function startLocalS3(): Promise<LocalS3> {
  const directory = await mkdtemp(join(tmpdir(), "zang-s3rver-"));
  const bin = createRequire(import.meta.url).resolve("s3rver/bin/s3rver.js");
  const server = spawn(process.execPath, [bin, "--directory", directory, "--address", "127.0.0.1", "--port", "0", "--silent"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await listeningPort(server.stdout);
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new S3Client({ region: "us-east-1", endpoint, forcePathStyle: true, credentials: CREDENTIALS });
  let buckets = 0;

  return {
    client,
    async createBucket({ keyPrefix } = {}) {
      const bucket = `zang-test-${++buckets}`;
      await client.send(new CreateBucketCommand({ Bucket: bucket }));
      return { kind: "s3", bucket, region: "us-east-1", endpoint, forcePathStyle: true, credentials: CREDENTIALS, keyPrefix };
    },
    async stop() {
      client.destroy();
      if (server.exitCode === null) {
        server.kill();
        await once(server, "exit");
      }
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** s3rver prints "S3rver listening on 127.0.0.1:<port>" once it accepts connections. */
async function listeningPort(stdout: NodeJS.ReadableStream): Promise<number> {
  let printed = "";
  for await (const chunk of stdout) {
    printed += String(chunk);
    const match = printed.match(/listening on [\d.]+:(\d+)/);
    if (match) return Number(match[1]);
  }
  throw new Error(`s3rver stopped before it listened. It printed: ${printed}`);
}
