import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BatchDecoder } from '../actors/ingest/batch-decoder.js';
import { MessageWriter } from '../engine/message-writer.js';
import { sluice } from '../proto/generated/metrics.js';
import { hashOut, hashSeriesKey } from '../wire/hash.js';
import { kMetricHeaderBytes, newMetricRecord, readMetric } from '../wire/mailbox-records.js';
import { decodeSeriesKey, encodeSeriesKey } from '../wire/series-key.js';
import { shardOf } from '../wire/bytes.js';
import { seededRandom } from './support/seeded-random.js';

test('the decoder builds the canonical key and the same hash as hashSeriesKey, whatever the label order', () => {
  const random = seededRandom(11);
  const shards = 3;
  const writers = Array.from({ length: shards }, () => new MessageWriter(1024));
  const decoder = new BatchDecoder(writers, 4242, { maxMetrics: 10_000, windowMs: 1000, futureSkewMs: 5000 });
  const word = (): string => Array.from({ length: 1 + Math.floor(random() * 12) }, () => 'abcdefghijklmnopqrstuvwxyzé日本_0123456789'[Math.floor(random() * 38)]).join('');
  for (let round = 0; round < 2000; round++) {
    const name = `n.${word().replace(/[^a-z0-9_]/g, 'x')}`;
    const labels: Record<string, string> = {};
    for (let i = Math.floor(random() * 6); i > 0; i--) labels[`${word()}${i}`] = word();
    const entries = Object.entries(labels).sort(() => random() - 0.5);
    const bytes = sluice.v1.MetricBatch.encode({ metrics: [{ name, labels: entries.map(([key, value]) => ({ key, value })), value: 1 }] }).finish();
    assert.equal(decoder.decode(bytes, Date.now(), 0), 'ok');
    assert.equal(decoder.accepted, 1, decoder.listedReason[0]);
    const shard = writers.findIndex((w) => w.length > 0);
    const w = writers[shard]!;
    const key = w.bytes.slice(kMetricHeaderBytes, w.length);
    assert.deepEqual(key, encodeSeriesKey(name, labels), 'canonical key');
    const decoded = decodeSeriesKey(key, 0);
    // labels has no prototype (a `__proto__` key stays a key); compare its own entries.
    assert.deepEqual({ name: decoded.name, labels: { ...decoded.labels } }, { name, labels: Object.fromEntries(Object.entries(labels).sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)))) });
    hashSeriesKey(new DataView(key.buffer), 0, 4242);
    const record = newMetricRecord();
    readMetric(w.view, 0, w.length, record);
    assert.equal(record.hashLo, hashOut[0]);
    assert.equal(record.hashHi, hashOut[1]);
    assert.equal(shard, shardOf(hashOut[0]!, shards));
    for (const x of writers) x.reset();
  }
});

test('series spread evenly over shards', () => {
  const counts = new Array<number>(4).fill(0);
  for (let i = 0; i < 40_000; i++) {
    const key = encodeSeriesKey('http.requests', { host: `web-${i}`, dc: 'eu' });
    hashSeriesKey(new DataView(key.buffer), 0, 77);
    counts[shardOf(hashOut[0]!, 4)]!++;
  }
  for (const c of counts) assert.ok(Math.abs(c - 10_000) < 400, `shard counts ${counts}`);
});
