// Serves an embedded PGlite database over the PostgreSQL wire protocol on a local TCP port.
//
// PGlite is one database session. Serving it to several connections means taking turns, and the
// turn must be a whole request: a query in the extended protocol is several messages (Parse,
// Bind, Describe, Execute, Sync), and if another connection's Parse ran between them, the unnamed
// statement would be replaced and the first connection would get the other's results. (The
// multiplexer in @electric-sql/pglite-socket switches between connections message by message,
// which does exactly that under concurrency.) So requests are queued whole — everything up to a
// Sync, a simple Query or the end of a COPY — and while a transaction is open only the connection
// that opened it is served.
import type { PGlite } from "@electric-sql/pglite";
import { once } from "node:events";
import { createServer, type Server, type Socket } from "node:net";

const SSL_REQUEST_CODE = 80877103;
/** Message types after which the client waits for the server: a request ends there. */
const REQUEST_END_TYPES = new Set(["S", "Q", "c", "f", "H"].map((type) => type.charCodeAt(0)));
const TERMINATE = "X".charCodeAt(0);

type Request = { connectionId: number; bytes: Uint8Array; socket: Socket };

export class EmbeddedWireServer {
  private readonly queue: Request[] = [];
  private readonly sockets = new Set<Socket>();
  private server: Server | null = null;
  private isPumping = false;
  /** The connection whose transaction is open; only it is served until the transaction ends. */
  private transactionOwner: number | null = null;
  private nextConnectionId = 1;
  private isClosed = false;

  constructor(
    private readonly db: PGlite,
    private readonly maxConnections: number,
  ) {}

  async listen({ host, port }: { host: string; port: number }): Promise<string> {
    this.server = createServer((socket) => this.accept(socket));
    this.server.listen(port, host);
    await once(this.server, "listening");
    const address = this.server.address() as { address: string; port: number };
    return `${address.address}:${address.port}`;
  }

  async close(): Promise<void> {
    this.isClosed = true;
    this.queue.length = 0;
    for (const socket of this.sockets) socket.destroy();
    if (this.server) await new Promise((resolve) => this.server!.close(resolve));
  }

  private accept(socket: Socket): void {
    if (this.sockets.size >= this.maxConnections) {
      socket.destroy();
      return;
    }
    const connectionId = this.nextConnectionId++;
    this.sockets.add(socket);
    socket.setNoDelay(true);
    let buffer: Buffer = Buffer.alloc(0);
    let pending: Buffer[] = [];
    let isStarted = false;

    socket.on("data", (chunk: Buffer) => {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!isStarted) {
          // The startup packet has no type byte: length, then protocol version or a request code.
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) return;
          const code = buffer.readInt32BE(4);
          const message = buffer.subarray(0, length);
          buffer = buffer.subarray(length);
          if (code === SSL_REQUEST_CODE) {
            socket.write("N"); // no TLS on a loopback socket; the client goes on in plain text
            continue;
          }
          isStarted = true;
          this.enqueue({ connectionId, bytes: message, socket });
          continue;
        }
        if (buffer.length < 5) return;
        const length = buffer.readInt32BE(1) + 1;
        if (buffer.length < length) return;
        const type = buffer[0]!;
        const message = buffer.subarray(0, length);
        buffer = buffer.subarray(length);
        if (type === TERMINATE) {
          socket.end();
          return;
        }
        pending.push(message);
        if (REQUEST_END_TYPES.has(type)) {
          this.enqueue({ connectionId, bytes: Buffer.concat(pending), socket });
          pending = [];
        }
      }
    });
    socket.on("error", () => socket.destroy());
    socket.on("close", () => void this.disconnect(connectionId, socket));
  }

  private enqueue(request: Request): void {
    this.queue.push(request);
    void this.pump();
  }

  private async disconnect(connectionId: number, socket: Socket): Promise<void> {
    this.sockets.delete(socket);
    if (this.isClosed) return;
    for (let index = this.queue.length - 1; index >= 0; index--) if (this.queue[index]!.connectionId === connectionId) this.queue.splice(index, 1);
    if (this.transactionOwner === connectionId) {
      // A client that vanished inside a transaction must not leave the shared session blocked.
      if (this.db.isInTransaction()) await this.db.exec("ROLLBACK"); // exec takes the session lock itself
      this.transactionOwner = null;
    }
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.isPumping || this.isClosed) return;
    this.isPumping = true;
    try {
      while (!this.isClosed) {
        const owner = this.db.isInTransaction() ? this.transactionOwner : null;
        const index = owner === null ? 0 : this.queue.findIndex((request) => request.connectionId === owner);
        if (index < 0 || this.queue.length === 0) return; // the owner's next request has not arrived yet
        const request = this.queue.splice(index, 1)[0]!;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(request.bytes, {
              onRawData: (data) => {
                if (request.socket.writable) request.socket.write(data);
              },
            }),
          );
          this.transactionOwner = this.db.isInTransaction() ? request.connectionId : null;
        } catch {
          request.socket.destroy();
        }
      }
    } finally {
      this.isPumping = false;
    }
  }
}
