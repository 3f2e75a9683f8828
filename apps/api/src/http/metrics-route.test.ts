// GET /metrics over real HTTP: refused without the token, and with it, figures that follow the
// requests made — counted per procedure, timed, and the live stream counted while it is open.
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { useDemoApi } from "../testing/demo-api.ts";
import { createNodeClient } from "../testing/trpc-client.ts";

const TOKEN = "scrape-me-please-0123456789";
const api = useDemoApi({ ZANG_METRICS_TOKEN: TOKEN });

/** The samples of a scrape, by their full name with labels, e.g. `zang_http_requests_total{kind="auth.me",status="2xx"}`. */
async function scrape(): Promise<Map<string, number>> {
  const response = await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
  const samples = new Map<string, number>();
  for (const line of (await response.text()).split("\n")) {
    if (line === "" || line.startsWith("# HELP ") || line.startsWith("# TYPE ")) continue;
    const match = /^([a-z_]+(?:\{[^}]*\})?) (-?[0-9.e+-]+|NaN)$/.exec(line);
    expect(match, `not an exposition line: ${line}`).not.toBeNull();
    samples.set(match![1]!, Number(match![2]));
  }
  return samples;
}

describe("GET /metrics", () => {
  it("refuses a scraper without the token, or with another", async () => {
    expect((await fetch(`${api.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN.slice(1)}x` } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toBe("Bearer");
  });

  it("counts and times requests by procedure and status, and counts open live streams", async () => {
    const token = await api.login("student1");
    const student = createNodeClient({ url: api.url, token });
    await student.auth.me.query();
    await student.auth.me.query();
    await expect(createNodeClient({ url: api.url }).classes.list.query()).rejects.toThrow();

    const stream = new AbortController();
    const url = `${api.url}/trpc/messages.onEvent?input=${encodeURIComponent(JSON.stringify(superjson.serialize({})))}`;
    const live = await fetch(url, { headers: { accept: "text/event-stream", authorization: `Bearer ${token}` }, signal: stream.signal });
    await live.body!.getReader().read(); // connected

    const during = await scrape();
    expect(during.get('zang_http_requests_total{kind="auth.me",status="2xx"}')).toBe(2);
    expect(during.get('zang_http_requests_total{kind="classes.list",status="4xx"}')).toBe(1);
    expect(during.get('zang_http_request_duration_seconds_count{kind="auth.me"}')).toBe(2);
    expect(during.get('zang_http_request_duration_seconds_bucket{kind="auth.me",le="+Inf"}')).toBe(2);
    expect(during.get('zang_http_request_duration_seconds_sum{kind="auth.me"}')).toBeGreaterThan(0);
    expect(during.get('zang_http_requests_open{kind="messages.onEvent"}')).toBe(1);
    expect(during.get('zang_db_pool_connections{state="total"}')).toBeGreaterThan(0);
    expect(during.get("zang_process_resident_memory_bytes")).toBeGreaterThan(0);
    expect(during.has('zang_event_loop_delay_seconds{quantile="0.99"}')).toBe(true);

    stream.abort();
    await expect.poll(async () => (await scrape()).get('zang_http_requests_open{kind="messages.onEvent"}')).toBe(0);
    // The stream is counted once it ends, but never timed: its length is how long a page stayed open.
    const after = await scrape();
    expect(after.get('zang_http_requests_total{kind="messages.onEvent",status="2xx"}')).toBe(1);
    expect(after.has('zang_http_request_duration_seconds_count{kind="messages.onEvent"}')).toBe(false);
  });
});
