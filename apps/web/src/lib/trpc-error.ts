import { TRPCClientError } from "@trpc/client";

/** The tRPC error code ("UNAUTHORIZED", …) of a failed call, or null for network and other failures. */
export function trpcErrorCode(error: unknown): string | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data: unknown = error.data;
  if (typeof data === "object" && data !== null && "code" in data && typeof data.code === "string") return data.code;
  return null;
}

export function isUnauthorized(error: unknown): boolean {
  return trpcErrorCode(error) === "UNAUTHORIZED";
}
