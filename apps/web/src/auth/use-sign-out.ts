import { useMutation } from "@tanstack/react-query";
import { isUnauthorized } from "../lib/trpc-error.ts";
import { useTRPC } from "../trpc.ts";
import { clearSessionToken } from "./session.ts";

/** Ends the session on the server first (it needs the token), then forgets it here whatever the answer. */
export function useSignOut() {
  const trpc = useTRPC();
  const logout = useMutation(trpc.auth.logout.mutationOptions({ onSettled: clearSessionToken }));
  return { signOut: () => logout.mutate(), isSigningOut: logout.isPending };
}

/**
 * Ends every session of the account. Unlike a plain sign-out, a failure keeps this device signed
 * in: the reader must see that the other devices may still be signed in, and be able to retry.
 */
export function useSignOutEverywhere() {
  const trpc = useTRPC();
  const logoutEverywhere = useMutation(
    trpc.auth.logoutEverywhere.mutationOptions({
      onSuccess: clearSessionToken,
      onError(error) {
        if (isUnauthorized(error)) clearSessionToken();
      },
    }),
  );
  return {
    signOutEverywhere: () => logoutEverywhere.mutate(),
    isSigningOutEverywhere: logoutEverywhere.isPending,
    error: logoutEverywhere.error,
  };
}
