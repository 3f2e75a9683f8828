import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "../trpc.ts";
import { clearSessionToken } from "./session.ts";

/** Ends the session on the server first (it needs the token), then forgets it here whatever the answer. */
export function useSignOut() {
  const trpc = useTRPC();
  const logout = useMutation(trpc.auth.logout.mutationOptions({ onSettled: clearSessionToken }));
  return { signOut: () => logout.mutate(), isSigningOut: logout.isPending };
}
