/** Bench actor: counts the records of each message and reports the count. */
import type { Actor, ActorContext } from '../../engine/actor.js';
import { countRecords } from './records.js';

export function createActor(ctx: ActorContext<unknown>): Actor {
  return {
    receive(message) {
      const start = ctx.out.begin();
      ctx.out.u32(countRecords(message));
      ctx.out.end(start);
    },
  };
}
