/**
 * The main-thread side of the actor engine: spawns actors on a piscina pool,
 * owns their mailbox (producer side) and outbox (consumer side) rings, pumps
 * their output to the owner, and supervises them.
 *
 * Each actor incarnation is one long-lived pool task (see actor-host.ts). If
 * the task fails (the actor threw, or its worker died), the supervisor drains
 * what the dead incarnation had already published, lets the owner count what
 * was lost (`onCrash`, called while no consumer reads the mailbox), and runs
 * a fresh incarnation on the same rings: unread mailbox messages are kept.
 */
import { Piscina } from 'piscina';
import { EventEmitter } from 'node:events';
import { allocateRing, Ring } from './ring.js';
import {
  type ActorExit, type ActorTask, type FaultKind,
  kControlDelayUs, kControlFault, kControlSlots, kFaultExit, kFaultThrow,
} from './actor.js';

const hostFile = new URL('./actor-host.js', import.meta.url).href;

export interface ActorSystemOptions {
  /** Pool threads; one long-lived actor occupies one thread. @default 1 */
  threads?: number;
}

export interface SpawnOptions<Init> {
  /** Unique name, used in logs and metrics. */
  name: string;
  /** URL (href) of the actor module; it must export `createActor`. */
  module: string;
  init: Init;
  /** @default 16 MiB */
  mailboxBytes?: number;
  /** @default 16 MiB */
  outboxBytes?: number;
  /** Largest mailbox burst handed to the actor at once. @default 1 MiB */
  burstBytes?: number;
  /** Called with each outbox message, in order, on the main thread. */
  onOutput: (message: Uint8Array) => void;
  /**
   * Called after an incarnation failed and its published output was drained,
   * before the next incarnation starts reading the mailbox.
   */
  onCrash?: (ref: ActorRef, error: Error) => void;
}

export type ActorStatus = 'running' | 'restarting' | 'stopping' | 'stopped';

export interface ActorSystemEvents {
  restart: [name: string, error: Error, restarts: number];
}

export class ActorRef {
  readonly name: string;
  /** Producer side of the actor's mailbox: the owner is its only writer. */
  readonly mailbox: Ring;
  /** Consumer side of the outbox; read only by this ref's pump. */
  readonly outbox: Ring;
  readonly control: Int32Array;
  status: ActorStatus = 'running';
  restarts = 0;
  /** Resolves when the actor has stopped and its last output was delivered. */
  readonly stopped: Promise<void>;
  #resolveStopped!: () => void;
  #taskDone = false;

  constructor(name: string, mailbox: Ring, outbox: Ring, control: Int32Array) {
    this.name = name;
    this.mailbox = mailbox;
    this.outbox = outbox;
    this.control = control;
    this.stopped = new Promise((resolve) => { this.#resolveStopped = resolve; });
  }

  /** Closes the mailbox: the actor handles what is queued, flushes, and ends. */
  stop(): Promise<void> {
    if (this.status === 'running' || this.status === 'restarting') {
      this.status = 'stopping';
      this.mailbox.close();
    }
    return this.stopped;
  }

  /**
   * Sends one message: true if it is in the mailbox, false (nothing sent) if
   * the mailbox is full; then `await ref.mailbox.waitForSpace(n)` and retry.
   */
  send(message: Uint8Array, offset = 0, length = message.length - offset): boolean {
    return this.mailbox.tryPush(message, offset, length);
  }

  /** Chaos testing: the actor sleeps `microseconds` before each message (0 = off). */
  injectDelay(microseconds: number): void {
    Atomics.store(this.control, kControlDelayUs, Math.max(0, Math.round(microseconds)));
  }

  /**
   * Chaos testing: the actor fails at its next mailbox message, either by
   * throwing (`throw`) or by killing its worker thread (`exit`).
   */
  injectFault(kind: FaultKind): void {
    Atomics.store(this.control, kControlFault, kind === 'throw' ? kFaultThrow : kFaultExit);
  }

  /** @internal */ markTaskDone(done: boolean): void { this.#taskDone = done; }
  /** @internal */ get taskDone(): boolean { return this.#taskDone; }
  /** @internal */ markStopped(): void { this.status = 'stopped'; this.#resolveStopped(); }
}

export class ActorSystem extends EventEmitter<ActorSystemEvents> {
  readonly #pool: Piscina;
  readonly #refs = new Set<ActorRef>();
  #closing: Promise<void> | null = null;

  constructor(options: ActorSystemOptions = {}) {
    super();
    const threads = options.threads ?? 1;
    if (!Number.isInteger(threads) || threads < 1) throw new TypeError('options.threads must be a positive integer');
    this.#pool = new Piscina({
      filename: hostFile,
      minThreads: threads,
      maxThreads: threads,
      // Tasks here are long-lived loops that sleep in Atomics.waitAsync; the
      // pool's own synchronous Atomics.wait between tasks must stay off.
      atomics: 'disabled',
      concurrentTasksPerWorker: 1,
      idleTimeout: Number.POSITIVE_INFINITY,
    });
  }

  /** Worker threads of the pool (for tests and diagnostics). */
  get threads(): readonly unknown[] {
    return this.#pool.threads;
  }

  spawn<Init>(options: SpawnOptions<Init>): ActorRef {
    const mailbox = new Ring(allocateRing(options.mailboxBytes ?? 16 * 1024 * 1024));
    const outbox = new Ring(allocateRing(options.outboxBytes ?? 16 * 1024 * 1024));
    const control = new Int32Array(new SharedArrayBuffer(kControlSlots * 4));
    const ref = new ActorRef(options.name, mailbox, outbox, control);
    this.#refs.add(ref);
    void this.#supervise(ref, options);
    return ref;
  }

  async #supervise<Init>(ref: ActorRef, options: SpawnOptions<Init>): Promise<void> {
    const pump = this.#pump(ref, options.onOutput);
    for (let incarnation = 0; ; incarnation++) {
      const task: ActorTask = {
        name: options.name,
        module: options.module,
        init: options.init,
        incarnation,
        mailbox: ref.mailbox.storage,
        outbox: ref.outbox.storage,
        control: ref.control.buffer as SharedArrayBuffer,
        burstBytes: options.burstBytes ?? 1024 * 1024,
      };
      ref.markTaskDone(false);
      let failure: Error | null = null;
      try {
        await (this.#pool.run(task) as Promise<ActorExit>);
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
      }
      // Let the pump deliver everything the incarnation published.
      ref.markTaskDone(true);
      ref.outbox.wakeConsumer();
      await pump.idle();
      if (failure === null) break;
      // A failed incarnation is replaced even while stopping, so that the
      // rest of the mailbox is still drained.
      ref.restarts++;
      if (ref.status === 'running') ref.status = 'restarting';
      options.onCrash?.(ref, failure);
      this.emit('restart', ref.name, failure, ref.restarts);
      // Back off on repeated failures so a poison input cannot spin a core.
      const delay = Math.min(5000, ref.restarts <= 1 ? 0 : 50 * 2 ** Math.min(ref.restarts, 7));
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      if (ref.status === 'restarting') ref.status = 'running';
    }
    pump.stop();
    await pump.done;
    ref.markStopped();
  }

  /** Delivers outbox messages to `onOutput` until stopped. */
  #pump(ref: ActorRef, onOutput: (message: Uint8Array) => void) {
    let stopRequested = false;
    let idleWaiters: Array<() => void> = [];
    const done = (async () => {
      for (;;) {
        const n = ref.outbox.drain(onOutput);
        if (n > 0) continue;
        if (ref.taskDone) {
          // Nothing left and no producer: wake whoever waits for idleness.
          for (const wake of idleWaiters) wake();
          idleWaiters = [];
          if (stopRequested) return;
        }
        await ref.outbox.waitForData(ref.taskDone ? 50 : Number.POSITIVE_INFINITY);
      }
    })();
    return {
      done,
      idle: () => new Promise<void>((resolve) => { idleWaiters.push(resolve); ref.outbox.wakeConsumer(); }),
      stop: () => { stopRequested = true; ref.outbox.wakeConsumer(); },
    };
  }

  /** Stops every actor (each drains its mailbox first), then the pool. */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      await Promise.all([...this.#refs].map((ref) => ref.stop()));
      await this.#pool.close({ force: true });
    })();
    return this.#closing;
  }
}
