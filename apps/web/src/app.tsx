import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { SignedInApp } from "./auth/signed-in-app.tsx";
import { useSessionToken } from "./auth/session.ts";
import { LoginPage } from "./pages/login-page.tsx";

export function App() {
  const token = useSessionToken();
  const queryClient = useQueryClient();
  // However the session ended (sign-out, expiry, another tab), nothing cached for that user may
  // outlive it. Cleared after the signed-in pages unmount, so nothing refetches with a dead token.
  useEffect(() => {
    if (token === null) queryClient.clear();
  }, [token, queryClient]);
  return token === null ? <LoginPage /> : <SignedInApp />;
}
