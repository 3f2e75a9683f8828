// `messages.send` over HTTP without tRPC's fetch adapter. It is the platform's busiest mutation
// (every message of the school day), and the adapter's general machinery — a Fetch Request with
// its Headers and AbortSignal per call, batching and streaming support, response shaping — cost
// about as much CPU as the procedure itself (~0.4 ms per call). Here the procedure runs through
// tRPC's own caller, so its middlewares (authentication, class membership, error mapping) and its
// input validation are exactly the ones every other path uses; only the HTTP framing is ours, in
// tRPC's wire format (single or batch-of-one), so tRPC clients cannot tell the difference. As the
// input names the class before tRPC parses it, the session and the caller's membership are read
// in one query (authenticateForClass); the class procedure's middleware uses that answer only for
// the very class the validated input names.
// Only success is answered here. Any error — refusal, bad input, a failure — hands the request
// (with the body already read) to tRPC's handler, which runs the procedure again and answers the
// error exactly as it answers every procedure's errors. That is safe because what is served here
// may run twice: a send is idempotent by its clientId.
import type { IncomingMessage, ServerResponse } from "node:http";
import superjson from "superjson";
import type { Services } from "../context.ts";
import { createHttpContextFactory } from "../http-context.ts";
import { appRouter } from "../app-router.ts";
import { createCallerFactory } from "../trpc.ts";

const createCaller = createCallerFactory(appRouter);
type Caller = ReturnType<typeof createCaller>;

/** The procedures served here: hot, and safe to run again when tRPC's handler takes over. */
const DIRECT_PROCEDURES: Record<string, (caller: Caller, input: unknown) => Promise<unknown>> = {
  // The caller validates the input with the procedure's own schema.
  "messages.send": (caller, input) => caller.messages.send(input as Parameters<Caller["messages"]["send"]>[0]),
};

export type DirectCallEndpoint = {
  /** Answers the call and resolves true, or resolves false without touching `res` (tRPC's handler should answer). */
  handle(req: IncomingMessage, res: ServerResponse, body: string): Promise<boolean>;
};

type Call = { procedure: (caller: Caller, input: unknown) => Promise<unknown>; isBatch: boolean };

function callOf(req: IncomingMessage): Call | null {
  const url = req.url ?? "";
  if (req.method !== "POST" || !url.startsWith("/trpc/")) return null;
  // A streaming batch client (httpBatchStreamLink) wants JSON lines; tRPC's handler speaks that.
  if (req.headers["trpc-accept"] !== undefined || req.headers.accept?.includes("application/jsonl")) return null;
  const queryAt = url.indexOf("?");
  const path = url.slice("/trpc/".length, queryAt === -1 ? undefined : queryAt);
  const procedure = Object.hasOwn(DIRECT_PROCEDURES, path) ? DIRECT_PROCEDURES[path] : undefined;
  if (!procedure) return null;
  const query = queryAt === -1 ? "" : url.slice(queryAt + 1);
  if (query === "") return { procedure, isBatch: false };
  if (query === "batch=1") return { procedure, isBatch: true };
  return null;
}

/** The superjson-encoded input of the call, or undefined when the body is not what a tRPC client sends. */
function inputOf(body: string, isBatch: boolean): unknown {
  try {
    const parsed: unknown = JSON.parse(body);
    const encoded = isBatch ? (parsed as Record<string, unknown> | null)?.["0"] : parsed;
    if (isBatch && Object.keys(parsed as object).length !== 1) return undefined;
    if (typeof encoded !== "object" || encoded === null || !("json" in encoded)) return undefined;
    return superjson.deserialize(encoded as Parameters<typeof superjson.deserialize>[0]);
  } catch {
    return undefined;
  }
}

/** The class a call names, so its session and membership are read in one query. */
function classIdOf(input: unknown): { classId?: string } {
  return typeof input === "object" && input !== null && "classId" in input && typeof input.classId === "string" ? { classId: input.classId } : {};
}

export function createDirectCallEndpoint({ services, trustProxy }: { services: Services; trustProxy: boolean }): DirectCallEndpoint {
  const createContext = createHttpContextFactory({ services, trustProxy });
  return {
    async handle(req, res, body) {
      const call = callOf(req);
      if (!call) return false;
      const input = inputOf(body, call.isBatch);
      if (input === undefined) return false;
      let data: unknown;
      try {
        const ctx = await createContext({ req, info: { connectionParams: null }, ...classIdOf(input) });
        data = await call.procedure(createCaller(ctx), input);
      } catch {
        return false;
      }
      const result = { result: { data: superjson.serialize(data) } };
      const text = JSON.stringify(call.isBatch ? [result] : result);
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text), vary: "trpc-accept, accept" });
      res.end(text);
      return true;
    },
  };
}
