// Every student asks for a join token at the same moment. Latency is measured per request from the
// common start, so it is the time each student waited for their token under the whole burst.
import type { Agent } from "node:http";
import { verifyJoinToken } from "@zang/video/testing";
import { mutate } from "../support/trpc-http.ts";

export type JoinBurstResult = {
  completed: number;
  failed: number;
  firstError: string | null;
  elapsedMs: number;
  latenciesMs: Float64Array;
  /** Tokens whose identity, room and grants checked out with the SDK's TokenVerifier. */
  verified: number;
  firstVerificationProblem: string | null;
};

export async function joinBurst({
  apiUrl,
  lessonId,
  room,
  students,
  agent,
  keys,
}: {
  apiUrl: string;
  lessonId: string;
  room: string;
  students: Array<{ id: string; token: string }>;
  agent: Agent;
  keys: { apiKey: string; apiSecret: string };
}): Promise<JoinBurstResult> {
  const latencies = new Float64Array(students.length).fill(Number.NaN);
  const tokens: Array<string | null> = Array(students.length).fill(null);
  let failed = 0;
  let firstError: string | null = null;
  const start = performance.now();
  await Promise.all(
    students.map(async (student, index) => {
      try {
        const { token } = await mutate<{ url: string; token: string }>({ baseUrl: apiUrl, path: "lessons.join", input: { lessonId }, token: student.token, agent });
        latencies[index] = performance.now() - start;
        tokens[index] = token;
      } catch (error) {
        failed += 1;
        firstError ??= (error as Error).message;
      }
    }),
  );
  const elapsedMs = performance.now() - start;

  // Checked after the clock stopped, so verification does not slow the burst down.
  let verified = 0;
  let firstVerificationProblem: string | null = null;
  for (const [index, token] of tokens.entries()) {
    if (!token) continue;
    const student = students[index]!;
    try {
      const claims = await verifyJoinToken({ ...keys, token });
      const video = claims.video ?? {};
      const problem =
        claims.sub !== student.id ? "identity" : video.room !== room ? "room" : video.roomJoin !== true ? "roomJoin" : video.roomAdmin ? "roomAdmin" : video.canPublish ? "canPublish" : null;
      if (problem) firstVerificationProblem ??= `student ${index + 1}: wrong ${problem}`;
      else verified += 1;
    } catch (error) {
      firstVerificationProblem ??= `student ${index + 1}: ${(error as Error).message}`;
    }
  }
  const sorted = latencies.filter((value) => !Number.isNaN(value)).sort();
  return { completed: sorted.length, failed, firstError, elapsedMs, latenciesMs: sorted, verified, firstVerificationProblem };
}
