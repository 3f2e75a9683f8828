// One student handing in: upload the file, then submit text + file with an idempotency key. Some
// students are on a flaky network: their first submit's answer is lost and they retry with the
// same key, or their client sends the submit twice at once. Either way exactly one version must
// come of it, and every answer must name the same version.
import { randomUUID } from "node:crypto";
import type { Agent } from "node:http";
import { mutate } from "../support/trpc-http.ts";
import type { BenchStudent } from "./bench-assignment.ts";
import { mutateAndHangUp, type HangUpMoment } from "./hang-up.ts";
import { studentPdf } from "./student-file.ts";
import { uploadFile } from "./upload-file.ts";

export type Network = "steady" | "lost-answer" | "double-send";

export type HandIn = {
  /** Requests sent again because a kept-alive connection was closed under them (see `resendOnStaleConnection`). */
  resent: number;
  fileId: string;
  sha256: string;
  /** Versions the submit answers named (one per answer received). */
  versions: number[];
  uploadMs: number;
  /** From the first submit request to the answer the student kept (retries included). */
  submitMs: number;
};

/** Spreads the flaky students evenly over the run: `percent` of them, half of each kind. */
export function networkOf(index: number, percent: number): Network {
  const slot = (index * 37) % 100; // 37 is coprime with 100: every slot once per 100 students
  if (slot < percent / 2) return "lost-answer";
  if (slot < percent) return "double-send";
  return "steady";
}

export async function handIn({
  baseUrl,
  agent,
  student,
  index,
  assignmentId,
  fileBytes,
  network,
}: {
  baseUrl: string;
  agent: Agent;
  student: BenchStudent;
  index: number;
  assignmentId: string;
  fileBytes: number;
  network: Network;
}): Promise<HandIn> {
  let resent = 0;
  const resending = <T>(send: () => Promise<T>) => resendOnStaleConnection(send, () => resent++);
  const file = studentPdf(index, fileBytes);
  const uploadStart = performance.now();
  const uploaded = await resending(() => uploadFile({ baseUrl, token: student.token, agent, file }));
  const submitStart = performance.now();
  const input = { assignmentId, text: `پاسخ تمرین دانش‌آموز ${index} — answer of student ${index}`, fileIds: [uploaded.id], idempotencyKey: randomUUID() };
  const submit = () => resending(() => mutate<{ version: number }>({ baseUrl, path: "homework.submit", input, token: student.token, agent }));
  let answers: Array<{ version: number }>;
  switch (network) {
    case "steady":
      answers = [await submit()];
      break;
    case "lost-answer": {
      const moment: HangUpMoment = index % 2 === 0 ? "after-send" : "on-answer";
      await mutateAndHangUp({ baseUrl, path: "homework.submit", input, token: student.token, moment });
      answers = [await submit()];
      break;
    }
    case "double-send":
      answers = await Promise.all([submit(), submit()]);
      break;
  }
  const end = performance.now();
  return { resent, fileId: uploaded.id, sha256: file.sha256, versions: answers.map((answer) => answer.version), uploadMs: submitStart - uploadStart, submitMs: end - submitStart };
}

/**
 * The server closes a kept-alive connection after 5 s idle; a request that the client puts on it
 * at that very moment fails with "socket hang up" before the server has read it. Browsers send
 * such a request again on a new connection, and so does this client (once). Anything else is a
 * failure, and the audit would show a resent upload that the server had in fact taken.
 */
async function resendOnStaleConnection<T>(send: () => Promise<T>, onResend: () => void): Promise<T> {
  try {
    return await send();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ECONNRESET" && !(error as Error).message.includes("socket hang up")) throw error;
    onResend();
    return send();
  }
}
