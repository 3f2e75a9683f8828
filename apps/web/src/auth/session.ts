// The session token lives in localStorage so a reload (or a new tab) stays signed in. Components
// follow it through useSessionToken; the tRPC client reads it for every request.
import { useSyncExternalStore } from "react";
import { readStored, writeStored } from "../lib/local-storage.ts";

const TOKEN_KEY = "zang.session-token";
const listeners = new Set<() => void>();

export function readSessionToken(): string | null {
  return readStored(TOKEN_KEY);
}

export function saveSessionToken(token: string): void {
  writeStored(TOKEN_KEY, token);
  notify();
}

export function clearSessionToken(): void {
  if (readSessionToken() === null) return;
  writeStored(TOKEN_KEY, null);
  notify();
}

export function useSessionToken(): string | null {
  return useSyncExternalStore(subscribe, readSessionToken, () => null);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Signing out (or in) in another tab changes this tab too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === TOKEN_KEY || event.key === null) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

function notify(): void {
  for (const listener of listeners) listener();
}
