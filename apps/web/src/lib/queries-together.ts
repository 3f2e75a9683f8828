import type { UseQueryResult } from "@tanstack/react-query";

export type Together<A, B, E> =
  | { state: "error"; error: E; retry: () => void }
  | { state: "pending" }
  | { state: "ready"; first: A; second: B };

/** Two queries a page needs both of: an error of either (with a retry of whichever failed), pending until both arrive, then both. */
export function queriesTogether<A, B, E>(first: UseQueryResult<A, E>, second: UseQueryResult<B, E>): Together<A, B, E> {
  if (first.isError || second.isError) {
    const retry = () => {
      if (first.isError) void first.refetch();
      if (second.isError) void second.refetch();
    };
    return { state: "error", error: (first.error ?? second.error)!, retry };
  }
  if (first.data === undefined || second.data === undefined) return { state: "pending" };
  return { state: "ready", first: first.data, second: second.data };
}
