// Webhook deliveries to POST /livekit/webhook, signed beforehand (as LiveKit signs them) so the
// measured part is only the API receiving, verifying and applying them.
import { request, type Agent } from "node:http";
import { signWebhookFacts, type SignedWebhook, type WebhookFacts } from "@zang/video/testing";

export function signAll(keys: { apiKey: string; apiSecret: string }, facts: WebhookFacts[]): Promise<SignedWebhook[]> {
  return Promise.all(facts.map((fact) => signWebhookFacts(keys, fact)));
}

function post({ url, delivery, agent }: { url: string; delivery: SignedWebhook; agent: Agent }): Promise<{ status: number; outcome: string | null }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/webhook+json", "content-length": Buffer.byteLength(delivery.body), authorization: delivery.authorization },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => {
          let outcome: string | null = null;
          try {
            outcome = (JSON.parse(text) as { outcome?: string }).outcome ?? null;
          } catch {
            // a non-JSON answer counts as a failure below
          }
          resolve({ status: res.statusCode ?? 0, outcome });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(delivery.body);
  });
}

export type DeliveryResult = { elapsedMs: number; latenciesMs: Float64Array; outcomes: Record<string, number>; failed: number; firstError: string | null };

/** Delivers in the given order with `concurrency` requests in flight. */
export async function deliverAll({ apiUrl, deliveries, concurrency, agent }: { apiUrl: string; deliveries: SignedWebhook[]; concurrency: number; agent: Agent }): Promise<DeliveryResult> {
  const url = `${apiUrl}/livekit/webhook`;
  const latencies: number[] = [];
  const outcomes: Record<string, number> = {};
  let failed = 0;
  let firstError: string | null = null;
  let nextIndex = 0;
  const start = performance.now();
  async function worker() {
    for (;;) {
      const index = nextIndex++;
      if (index >= deliveries.length) return;
      const sent = performance.now();
      try {
        const { status, outcome } = await post({ url, delivery: deliveries[index]!, agent });
        latencies.push(performance.now() - sent);
        if (status === 200 && outcome) outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        else {
          failed += 1;
          firstError ??= `HTTP ${status}`;
        }
      } catch (error) {
        failed += 1;
        firstError ??= (error as Error).message;
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return { elapsedMs: performance.now() - start, latenciesMs: Float64Array.from(latencies).sort(), outcomes, failed, firstError };
}

/** A deterministic shuffle: deliveries arrive out of order, the same way on every run. */
export function shuffled<T>(items: T[], seed: number): T[] {
  const result = [...items];
  let state = seed >>> 0;
  for (let i = result.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const j = state % (i + 1);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}
