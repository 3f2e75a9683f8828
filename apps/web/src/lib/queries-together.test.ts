import type { UseQueryResult } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { queriesTogether } from "./queries-together.ts";

// Just the fields queriesTogether reads; a real UseQueryResult carries many more.
function query<T>(state: { data?: T; error?: Error }, refetched: string[], name: string): UseQueryResult<T, Error> {
  return {
    data: state.data,
    error: state.error ?? null,
    isError: state.error !== undefined,
    refetch: async () => {
      refetched.push(name);
      return {} as never;
    },
  } as unknown as UseQueryResult<T, Error>;
}

describe("queriesTogether", () => {
  it("is pending until both arrive, then gives both", () => {
    expect(queriesTogether(query({ data: 1 }, [], "a"), query<string>({}, [], "b"))).toEqual({ state: "pending" });
    expect(queriesTogether(query({ data: 1 }, [], "a"), query({ data: "x" }, [], "b"))).toEqual({ state: "ready", first: 1, second: "x" });
  });

  it("reports either error, and retries only what failed", () => {
    const refetched: string[] = [];
    const failure = new Error("down");
    const together = queriesTogether(query({ data: 1 }, refetched, "a"), query<string>({ error: failure }, refetched, "b"));
    expect(together).toMatchObject({ state: "error", error: failure });
    if (together.state === "error") together.retry();
    expect(refetched).toEqual(["b"]);
  });
});
