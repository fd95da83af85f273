import type { MessageWriter } from './message-writer.js';

/**
 * What an actor module exports (`export function createActor(ctx)`), and the
 * context the host hands it. The engine knows nothing about what the bytes
 * mean: an actor receives ring messages and stages output records.
 */
export interface ActorContext<Init> {
  /** The name given at spawn (e.g. `shard-0`). */
  readonly name: string;
  /** Spawn-time data, structured-cloned into the worker (SharedArrayBuffers are shared). */
  readonly init: Init;
  /** Incarnation number: 0 at first spawn, +1 at each restart. */
  readonly incarnation: number;
  /** Output records for the owner; the host flushes them after each `receive` burst. */
  readonly out: MessageWriter;
}

export interface Actor {
  /** One mailbox message. The view is valid only during the call. */
  receive(message: Uint8Array): void;
  /** The mailbox was closed and fully drained: last chance to write output. */
  stop?(): void;
}

export type ActorFactory<Init> = (ctx: ActorContext<Init>) => Actor;

/** Kinds of fault `ActorRef.injectFault` can provoke, for chaos tests. */
export type FaultKind = 'throw' | 'exit';

/** The task the host runs for one actor incarnation (sent to the pool). */
export interface ActorTask {
  name: string;
  module: string;
  init: unknown;
  incarnation: number;
  mailbox: SharedArrayBuffer;
  outbox: SharedArrayBuffer;
  control: SharedArrayBuffer;
  /** Largest mailbox burst handed to the actor before output is flushed. */
  burstBytes: number;
}

/** What a host task resolves with when its actor stopped normally. */
export interface ActorExit {
  name: string;
  messages: number;
}

/** Int32 slots of the control buffer shared by an ActorRef and its host. */
export const kControlFault = 0;
/** Microseconds the host sleeps before each message (chaos: a slow actor). */
export const kControlDelayUs = 1;
export const kControlSlots = 4;
export const kFaultNone = 0;
export const kFaultThrow = 1;
export const kFaultExit = 2;
