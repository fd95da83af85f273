/**
 * `--max-clients` and `--max-clients-per-address` across gateway threads.
 * One thread alone checks its own hub's counts (gateway/sse-gateway.ts);
 * with several, each thread asks the main thread before admitting a client
 * (one message there and back), and the main thread keeps the one count
 * of the process: exact, whichever thread the connections land on.
 */
export type LimitRefusal = 'too_many_clients' | 'too_many_clients_from_address';

/** How a gateway thread admits clients against the process-wide limits. */
export interface ClientLimits {
  /** Counts a client in (null), or says which limit it is past. */
  admit(address: string): Promise<LimitRefusal | null>;
  /** A client counted in by `admit` left. */
  left(address: string): void;
}

/** The process-wide counts, on the main thread, per thread so that a thread that dies takes its clients along. */
export class ClientCounts {
  readonly #maxClients: number;
  readonly #maxPerAddress: number;
  readonly #perAddress = new Map<string, number>();
  readonly #perThread = new Map<number, Map<string, number>>();
  /** Clients per thread. */
  readonly #threadTotals = new Map<number, number>();
  #total = 0;

  constructor(maxClients: number, maxPerAddress: number) {
    this.#maxClients = maxClients;
    this.#maxPerAddress = maxPerAddress;
  }

  get total(): number {
    return this.#total;
  }

  /** Clients of thread `thread`. */
  of(thread: number): number {
    return this.#threadTotals.get(thread) ?? 0;
  }

  admit(thread: number, address: string): LimitRefusal | null {
    if (this.#total >= this.#maxClients) return 'too_many_clients';
    if ((this.#perAddress.get(address) ?? 0) >= this.#maxPerAddress) return 'too_many_clients_from_address';
    this.#total++;
    this.#perAddress.set(address, (this.#perAddress.get(address) ?? 0) + 1);
    let mine = this.#perThread.get(thread);
    if (mine === undefined) this.#perThread.set(thread, (mine = new Map()));
    mine.set(address, (mine.get(address) ?? 0) + 1);
    this.#threadTotals.set(thread, this.of(thread) + 1);
    return null;
  }

  left(thread: number, address: string, count = 1): void {
    const mine = this.#perThread.get(thread);
    const had = mine?.get(address) ?? 0;
    const n = Math.min(count, had);
    if (n === 0) return;
    if (had > n) mine!.set(address, had - n);
    else mine!.delete(address);
    this.#total -= n;
    this.#threadTotals.set(thread, this.of(thread) - n);
    const left = (this.#perAddress.get(address) ?? n) - n;
    if (left > 0) this.#perAddress.set(address, left);
    else this.#perAddress.delete(address);
  }

  /** A thread is gone: its clients with it. */
  dropThread(thread: number): void {
    for (const [address, count] of [...(this.#perThread.get(thread) ?? [])]) this.left(thread, address, count);
    this.#perThread.delete(thread);
    this.#threadTotals.delete(thread);
  }
}
