import { MAX_ATTACHMENTS } from "@zang/validators";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { clearSessionToken, readSessionToken } from "../auth/session.ts";
import type { AttachedFile } from "./attached-file.ts";
import { useTRPCClient } from "../trpc.ts";
import { precheckFile, uploadFile, UploadError, type DirectUploadApi } from "./upload-file.ts";

export type UploadItem = {
  key: string;
  name: string;
  size: number;
  /** From 0 to 1. */
  progress: number;
  state: "uploading" | "uploaded" | "attached" | "failed";
  fileId: string | null;
  error: UploadError | null;
};

export type FileUploads = ReturnType<typeof useFileUploads>;

const TOO_MANY = () => new UploadError({ code: "too_many", message: "" });

function attachedItem(file: AttachedFile): UploadItem {
  return { key: file.id, name: file.originalName, size: file.size, progress: 1, state: "attached", fileId: file.id, error: null };
}

/**
 * Files chosen for an assignment, a submission or a message: each starts uploading at once, reports its
 * progress, and gives its id once stored. Files already attached (when editing) start as done.
 */
export function useFileUploads(initialFiles: readonly AttachedFile[] = []) {
  const [items, setItems] = useState<UploadItem[]>(() => initialFiles.map(attachedItem));
  const controllers = useRef(new Map<string, AbortController>());
  const nextKey = useRef(0);
  const client = useTRPCClient();
  const api = useMemo<DirectUploadApi>(
    () => ({ presign: (input) => client.files.presignUpload.mutate(input), finalize: (input) => client.files.finalizeUpload.mutate(input) }),
    [client],
  );

  useEffect(() => {
    const running = controllers.current;
    return () => {
      for (const controller of running.values()) controller.abort();
      running.clear();
    };
  }, []);

  const update = useCallback((key: string, change: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const start = useCallback(
    (key: string, file: File) => {
      const controller = new AbortController();
      controllers.current.set(key, controller);
      uploadFile({ api, file, token: readSessionToken(), signal: controller.signal, onProgress: (progress) => update(key, { progress }) })
        .then((uploaded) => update(key, { state: "uploaded", progress: 1, fileId: uploaded.id }))
        .catch((error: unknown) => {
          if (error instanceof UploadError && error.code === "aborted") return;
          if (error instanceof UploadError && error.code === "UNAUTHORIZED") clearSessionToken();
          update(key, { state: "failed", error: error instanceof UploadError ? error : new UploadError({ code: "unexpected", message: "" }) });
        })
        .finally(() => controllers.current.delete(key));
    },
    [api, update],
  );

  const add = useCallback(
    (files: readonly File[]) => {
      let room = MAX_ATTACHMENTS - items.filter((item) => item.state !== "failed").length;
      const added: UploadItem[] = [];
      const toStart: Array<[string, File]> = [];
      for (const file of files) {
        const key = `upload-${nextKey.current++}`;
        const problem = room <= 0 ? TOO_MANY() : precheckFile(file);
        added.push({ key, name: file.name, size: file.size, progress: 0, state: problem ? "failed" : "uploading", fileId: null, error: problem });
        if (!problem) {
          room -= 1;
          toStart.push([key, file]);
        }
      }
      setItems((current) => [...current, ...added]);
      for (const [key, file] of toStart) start(key, file);
    },
    [items, start],
  );

  const remove = useCallback((key: string) => {
    controllers.current.get(key)?.abort();
    setItems((current) => current.filter((item) => item.key !== key));
  }, []);

  /** Back to the given attachments, for a form that was just saved. */
  const reset = useCallback((files: readonly AttachedFile[] = []) => {
    for (const controller of controllers.current.values()) controller.abort();
    setItems(files.map(attachedItem));
  }, []);

  return useMemo(
    () => ({
      items,
      add,
      remove,
      reset,
      fileIds: items.flatMap((item) => (item.fileId && item.state !== "failed" ? [item.fileId] : [])),
      isUploading: items.some((item) => item.state === "uploading"),
    }),
    [items, add, remove, reset],
  );
}
