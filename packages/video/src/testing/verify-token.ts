import { TokenVerifier, type ClaimGrants } from "livekit-server-sdk";

/** Reads a join token back with the SDK's own verifier, as a LiveKit server would. */
export function verifyJoinToken({ apiKey, apiSecret, token }: { apiKey: string; apiSecret: string; token: string }): Promise<ClaimGrants> {
  return new TokenVerifier(apiKey, apiSecret).verify(token);
}
