// Who received which message, and when: one arrival time per (subscriber, message) in shared
// memory, written directly by the subscriber threads, so counting costs no messages between threads.

const COUNTERS = ["connected", "duplicates", "foreign", "streamErrors", "ended"] as const;
export type CounterName = (typeof COUNTERS)[number];

export type LedgerBuffers = { arrivals: SharedArrayBuffer; counters: SharedArrayBuffer; subscribers: number; messages: number };

export class DeliveryLedger {
  /** ms since the run's epoch; 0 = not (yet) received. Float32 keeps ~0.01 ms precision over minutes. */
  readonly arrivals: Float32Array;
  private readonly counters: Int32Array;

  static create({ subscribers, messages }: { subscribers: number; messages: number }): DeliveryLedger {
    return new DeliveryLedger({
      arrivals: new SharedArrayBuffer(subscribers * messages * Float32Array.BYTES_PER_ELEMENT),
      counters: new SharedArrayBuffer(COUNTERS.length * Int32Array.BYTES_PER_ELEMENT),
      subscribers,
      messages,
    });
  }

  constructor(readonly buffers: LedgerBuffers) {
    this.arrivals = new Float32Array(buffers.arrivals);
    this.counters = new Int32Array(buffers.counters);
  }

  get messages(): number {
    return this.buffers.messages;
  }

  record(subscriber: number, message: number, at: number): void {
    if (!(message >= 0 && message < this.buffers.messages)) return void this.count("foreign");
    const slot = subscriber * this.buffers.messages + message;
    if (this.arrivals[slot] !== 0) this.count("duplicates");
    else this.arrivals[slot] = Math.max(at, 1e-3);
  }

  count(name: CounterName): void {
    Atomics.add(this.counters, COUNTERS.indexOf(name), 1);
  }

  read(name: CounterName): number {
    return Atomics.load(this.counters, COUNTERS.indexOf(name));
  }

  /** How many subscribers have received `message`. */
  receivedBy(message: number): number {
    let count = 0;
    for (let subscriber = 0; subscriber < this.buffers.subscribers; subscriber++) {
      if (this.arrivals[subscriber * this.buffers.messages + message] !== 0) count++;
    }
    return count;
  }

  /** Unique deliveries of the messages in [from, to). */
  delivered(from: number, to: number): number {
    let count = 0;
    for (let subscriber = 0; subscriber < this.buffers.subscribers; subscriber++) {
      const row = subscriber * this.buffers.messages;
      for (let message = from; message < to; message++) if (this.arrivals[row + message] !== 0) count++;
    }
    return count;
  }
}
