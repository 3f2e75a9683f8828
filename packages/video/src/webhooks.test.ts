// Webhook verification with the SDK's WebhookReceiver, fed with deliveries signed the way LiveKit
// signs them, and with forgeries of every kind.
import { afterEach, describe, expect, it, vi } from "vitest";
import { signWebhook, signWebhookFacts, webhookBody } from "./testing/sign-webhook.ts";
import { createWebhookVerifier, WebhookRejectedError } from "./webhooks.ts";

const keys = { apiKey: "APIzang", apiSecret: "a-secret-of-at-least-32-characters-long" };
const verifier = createWebhookVerifier(keys);
const joinedAt = new Date("2030-01-01T08:00:00.250Z");
const facts = {
  id: "EV_joined_1",
  event: "participant_joined" as const,
  room: "zang-lesson-1",
  at: new Date("2030-01-01T08:00:01Z"),
  participant: { sid: "PA_1", identity: "6f1c1d2e-8a51-4b7e-9a55-0c6f4b1e2d3a", joinedAt },
};

afterEach(() => vi.useRealTimers());

describe("LiveKit webhooks", () => {
  it("accepts a signed delivery and reduces it to what lessons need", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(facts.at);
    const { body, authorization } = await signWebhookFacts(keys, facts);
    expect(await verifier.receive(body, authorization)).toEqual({
      id: "EV_joined_1",
      kind: "participant_joined",
      event: "participant_joined",
      roomName: "zang-lesson-1",
      occurredAt: facts.at,
      participant: { sid: "PA_1", identity: facts.participant.identity, joinedAt },
    });
  });

  it("treats an aborted connection as a leave and other events as other", async () => {
    const aborted = await signWebhookFacts(keys, { ...facts, id: "EV_2", event: "participant_connection_aborted" });
    expect(await verifier.receive(aborted.body, aborted.authorization)).toMatchObject({ kind: "participant_left", event: "participant_connection_aborted" });
    const track = await signWebhookFacts(keys, { ...facts, id: "EV_3", event: "track_published" });
    expect(await verifier.receive(track.body, track.authorization)).toMatchObject({ kind: "other" });
  });

  it("accepts the token with a Bearer prefix as well", async () => {
    const { body, authorization } = await signWebhookFacts(keys, facts);
    await expect(verifier.receive(body, `Bearer ${authorization}`)).resolves.toMatchObject({ id: "EV_joined_1" });
  });

  it.each([
    ["unsigned", async () => ({ body: webhookBody(facts), authorization: undefined })],
    ["signed with another secret", () => signWebhookFacts({ ...keys, apiSecret: "not-our-secret-but-also-32-characters" }, facts)],
    ["issued by another API key", () => signWebhookFacts({ ...keys, apiKey: "APIother" }, facts)],
    ["with a body changed after signing", async () => {
      const signed = await signWebhookFacts(keys, facts);
      return { ...signed, body: signed.body.replace("PA_1", "PA_2") };
    }],
    ["with a signature of another body", async () => {
      const other = await signWebhookFacts(keys, { ...facts, id: "EV_other" });
      return { body: webhookBody(facts), authorization: other.authorization };
    }],
    ["with garbage for a token", async () => ({ body: webhookBody(facts), authorization: "not-a-jwt" })],
  ])("rejects a delivery %s", async (_, make) => {
    const { body, authorization } = await make();
    await expect(verifier.receive(body, authorization)).rejects.toBeInstanceOf(WebhookRejectedError);
  });

  it("rejects a delivery whose signature has expired", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2030-01-01T08:00:00Z"));
    const { body, authorization } = await signWebhook({ ...keys, body: webhookBody(facts), ttlSeconds: 60 });
    vi.setSystemTime(new Date("2030-01-01T08:02:00Z"));
    await expect(verifier.receive(body, authorization)).rejects.toThrow(/exp/);
  });
});
