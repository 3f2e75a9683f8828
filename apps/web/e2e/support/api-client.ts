// The API as a script would call it, for setting up what would take a browser too long (dozens of
// messages, say). Signs in with the demo school's password.
import { createTRPCClient, httpLink } from "@trpc/client";
import type { AppRouter } from "@zang/trpc";
import superjson from "superjson";
import { DEMO } from "./demo-school.ts";

export async function apiClientFor(baseUrl: string, username: string) {
  const anonymous = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${baseUrl}/trpc`, transformer: superjson })] });
  const { token } = await anonymous.auth.login.mutate({ schoolCode: DEMO.schoolCode, username, password: DEMO.password });
  return createTRPCClient<AppRouter>({ links: [httpLink({ url: `${baseUrl}/trpc`, transformer: superjson, headers: { authorization: `Bearer ${token}` } })] });
}
