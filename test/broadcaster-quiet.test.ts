import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Broadcaster } from '../actors/broadcaster/broadcaster.js';
import { InProcessBus } from '../bus/in-process-bus.js';
import { MessageWriter } from '../engine/message-writer.js';
import { writeClosed } from '../wire/window-records.js';

/** A shard's outbox message saying it has emitted everything through `watermark`. */
function closed(watermark: number): Uint8Array {
  const w = new MessageWriter(64);
  writeClosed(w, watermark);
  return w.bytes.slice(0, w.length);
}

test('a quiet shard counts as closed through the skipped watermark only once it reported the last one it was sent', () => {
  const broadcaster = new Broadcaster(new InProcessBus(), 2, [100], 0, 0);
  broadcaster.onShardOutput(0, closed(1000));
  broadcaster.onShardOutput(1, closed(1000));
  broadcaster.onShardOutput(1, closed(1100));
  const ticked = broadcaster.stats.windowsPublished;
  // Shard 0 was sent 1100 (its windows for it may still be on their way), then skipped for 1200.
  broadcaster.quiet(0, 1100, 1200);
  assert.equal(broadcaster.stats.windowsPublished, ticked, "nothing is published ahead of the shard's own report");
  broadcaster.onShardOutput(0, closed(1100));
  assert.equal(broadcaster.stats.windowsPublished, ticked + 1, '[1000, 1100) once both shards are through 1100');
  broadcaster.onShardOutput(1, closed(1200));
  assert.equal(broadcaster.stats.windowsPublished, ticked + 2, '[1100, 1200): shard 0 counts as closed through 1200');
  // Already reported: a later skip applies at once.
  broadcaster.quiet(0, 1100, 1300);
  broadcaster.onShardOutput(1, closed(1300));
  assert.equal(broadcaster.stats.windowsPublished, ticked + 3);
});
