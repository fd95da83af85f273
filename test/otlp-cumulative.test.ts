import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CumulativeStreams, kFirstBase, kFirstKeep, kNext, kReset, kStale } from '../actors/ingest/otlp-cumulative.js';
import { readExponential, subtract, toPoint } from '../actors/ingest/otlp-histograms.js';

test('auto keeps a first point only when the stream started after the node could have seen it', () => {
  const streams = new CumulativeStreams({ initialValue: 'auto', maxStreams: 2, idleMs: 1000 }, 1000);
  assert.equal(streams.begin('a', 500, 1500), kFirstBase, 'started before this node: only a base');
  assert.equal(streams.begin('a', 0, 1500), kFirstBase, 'unknown start: only a base');
  assert.equal(streams.begin('a', 1200, 1500), kFirstKeep);
  streams.store('a', 1200, 1500, 5, 1500);
  assert.equal(streams.begin('a', 1200, 1500), kStale, 'the same point again (a retry) is stale');
  assert.equal(streams.begin('a', 1200, 1600), kNext);
  assert.equal(streams.begin('a', 1300, 1600), kReset, 'a new start time is a reset');
  // Forgetting a stream (past maxStreams) moves the horizon: a stream seen
  // before it could otherwise count its whole value twice.
  streams.store('b', 1250, 1700, 1, 1700);
  streams.store('c', 1250, 1800, 1, 2000);
  assert.equal(streams.forgotten, 1);
  assert.equal(streams.begin('a', 1200, 2100), kFirstBase, 'a forgotten stream comes back as a base, not counted whole again');
  assert.equal(streams.begin('d', 2500, 2600), kFirstKeep, 'a stream started after the forgetting is kept');
});

test('undo restores what a given-up request changed, unless a later one moved on', () => {
  const streams = new CumulativeStreams({ initialValue: 'keep', maxStreams: 10, idleMs: 1000 }, 0);
  streams.beginRequest();
  streams.store('a', 1, 10, 5, 10);
  streams.takeChanges();
  streams.beginRequest();
  streams.store('a', 1, 20, 9, 20);
  streams.store('b', 1, 20, 3, 20);
  const given = streams.takeChanges();
  streams.beginRequest();
  streams.store('b', 1, 30, 4, 30);
  streams.undo(given);
  assert.equal(streams.begin('a', 1, 20), kNext, 'a is back at its point of time 10');
  assert.equal(streams.previous, 5);
  assert.equal(streams.begin('b', 1, 31), kNext);
  assert.equal(streams.previous, 4, 'b was moved on by a later request: left alone');
});

test('a cumulative exponential histogram that lowered its scale gives exact increments', () => {
  const before = readExponential({ count: 3, sum: 6, scale: 1, zeroCount: 0, positive: { offset: 2, bucketCounts: [1, 1, 1] } }, false);
  const after = readExponential({ count: 5, sum: 16, scale: 0, zeroCount: 0, positive: { offset: 1, bucketCounts: [2, 3] } }, false);
  assert.ok(typeof before !== 'string' && typeof after !== 'string');
  const delta = subtract(after, before);
  assert.ok(delta !== null);
  // Scale 1 buckets 2,3,4 fold to scale 0 buckets 1,1,2: [2, 1] before; [2, 3] now.
  assert.deepEqual([delta.count, delta.sum, [...delta.counts]], [2, 10, [0, 2]]);
  const point = { count: 0, sum: 0, min: 0, max: 0, values: new Float64Array(4), counts: new Float64Array(4), pairs: 0 };
  assert.equal(toPoint(delta, point), null);
  assert.deepEqual([point.pairs, point.values[0], point.counts[0]], [1, 6, 2], 'bucket (4, 8] at its midpoint');
  assert.equal(subtract(before, after), null, 'falling counts: a reset');
});
