/**
 * The worker side of the actor engine: the task a pool thread runs for one
 * actor incarnation. It lives as long as the actor: it drains the mailbox
 * ring, hands each message to the actor, flushes the actor's output into the
 * outbox ring, and sleeps with `Atomics.waitAsync` when there is nothing to
 * do (the pool runs with `atomics: 'disabled'`, so nothing else blocks the
 * thread). See engine/README.md for why actors live on the pool this way.
 */
import { SluiceError } from '../catalogue/errors.js';
import { MessageWriter } from './message-writer.js';
import { Ring } from './ring.js';
import {
  type ActorExit, type ActorFactory, type ActorTask,
  kControlDelayUs, kControlFault, kFaultExit, kFaultNone, kFaultThrow,
} from './actor.js';

export class InjectedFault extends SluiceError {
  constructor(message: string) {
    super('ERR_SLUICE_INJECTED_FAULT', message);
  }
}

export default async function hostActor(task: ActorTask): Promise<ActorExit> {
  const mailbox = new Ring(task.mailbox);
  const outbox = new Ring(task.outbox);
  const control = new Int32Array(task.control);
  const { createActor } = (await import(task.module)) as { createActor: ActorFactory<unknown> };
  const out = new MessageWriter(256 * 1024);
  // A burst of output (a shard closing a window of a million series) goes
  // into the outbox as it is made, as far as the outbox has room.
  out.spill = () => { out.flushTo(outbox); };
  const actor = createActor({ name: task.name, init: task.init, incarnation: task.incarnation, out });

  let messages = 0;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  const receive = (message: Uint8Array): void => {
    const fault = Atomics.exchange(control, kControlFault, kFaultNone);
    if (fault === kFaultThrow) throw new InjectedFault(`${task.name}: injected fault`);
    if (fault === kFaultExit) process.exit(70);
    const delayUs = Atomics.load(control, kControlDelayUs);
    if (delayUs > 0) Atomics.wait(sleeper, 0, 0, delayUs / 1000);
    messages++;
    actor.receive(message);
  };

  const flush = async (): Promise<void> => {
    while (!out.flushTo(outbox)) await outbox.waitForSpace(out.nextMessageBytes(outbox));
  };

  for (;;) {
    const drained = mailbox.drain(receive, task.burstBytes);
    if (out.pending() > 0) await flush();
    if (drained > 0) continue;
    if (mailbox.isClosed()) {
      // The producer closed after its last push: one more drain sees it all.
      while (mailbox.drain(receive, task.burstBytes) > 0) if (out.pending() > 0) await flush();
      actor.stop?.();
      await flush();
      return { name: task.name, messages };
    }
    await mailbox.waitForData();
  }
}
