// LiveKit is reached two ways from one configured URL: browsers connect over WebSocket (ws/wss),
// while the server API (Twirp over HTTP) needs http/https. Operators paste whichever form their
// LiveKit dashboard shows, so both are derived here.

export type VideoConfig = {
  /** The LiveKit server, as `wss://…`, `ws://…`, `https://…` or `http://…`. */
  url: string;
  apiKey: string;
  apiSecret: string;
  /** Seconds before a server API call to LiveKit gives up. */
  requestTimeoutSeconds?: number;
};

const SCHEMES = ["ws:", "wss:", "http:", "https:"];

function parseLiveKitUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`LiveKit URL "${url}" is not a URL (expected wss://host or https://host).`);
  }
  if (!SCHEMES.includes(parsed.protocol)) throw new Error(`LiveKit URL "${url}" must start with wss://, ws://, https:// or http://.`);
  return parsed;
}

function withScheme(url: string, secure: string, plain: string): string {
  const parsed = parseLiveKitUrl(url);
  const isSecure = parsed.protocol === "wss:" || parsed.protocol === "https:";
  // URL refuses to change a special scheme into another family, so rebuild the string instead.
  const rest = url.trim().replace(/^[a-z]+:/i, "");
  return `${isSecure ? secure : plain}:${rest}`.replace(/\/+$/, "");
}

/** The URL a browser's livekit-client connects to (ws/wss). */
export function toClientUrl(url: string): string {
  return withScheme(url, "wss", "ws");
}

/** The base URL of LiveKit's server API (http/https), as RoomServiceClient expects. */
export function toServiceUrl(url: string): string {
  return withScheme(url, "https", "http");
}

/** Throws a message naming what is missing; the caller decides whether that stops the process. */
export function assertVideoConfig(config: VideoConfig): void {
  parseLiveKitUrl(config.url);
  if (!config.apiKey.trim()) throw new Error("The LiveKit API key is empty.");
  if (!config.apiSecret.trim()) throw new Error("The LiveKit API secret is empty.");
}
