/**
 * Every record wire/ owns survives a write and a read unchanged, through the
 * same functions the ingest, shards, broadcaster and gateway use; and the
 * one merge rule gives the same aggregate whichever side merges.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MessageWriter } from '../engine/message-writer.js';
import { QuantileSketch } from '../collections/quantile-sketch.js';
import { emptyAggregate, mergeAggregate } from '../collections/window-aggregate.js';
import {
  countMetricRecords, evictHashHi, evictHashLo, kMetricHeaderBytes, kRecEvict, kRecMetric, kRecWatermark, newMetricRecord,
  readMetric, readWatermark, recordType, writeEvict, writeMetricHeader, writeWatermark,
} from '../wire/mailbox-records.js';
import {
  kOutClosed, kOutStats, kOutWindow, newWindowRecord, quantiles, readClosed, readQuantiles, readStats, readWindow,
  recordType as outRecordType, windowHeaderBytes, writeClosed, writeStats, writeWindowHeader, type WindowRecord,
} from '../wire/window-records.js';
import {
  countWindowMetrics, encodeTick, kBusTick, kBusTopicWindow, readBusHeader, readTopicWindowHeader, tickTopics,
  topicWindowBytes, writeTopicWindowHeader,
} from '../wire/bus-messages.js';
import { decodeSeriesKey, encodeSeriesKey } from '../wire/series-key.js';
import { GAUGE, HISTOGRAM } from '../wire/metric-kind.js';
import { seededRandom } from './support/seeded-random.js';

const key = encodeSeriesKey('http.latency_ms', { route: '/login', host: 'web-1' });

function writeMetric(w: MessageWriter, kind: number, flags: number, hashLo: number, hashHi: number, timestamp: number, value: number): void {
  const size = kMetricHeaderBytes + key.length;
  w.ensure(size);
  const keyAt = writeMetricHeader(w.view, w.length, size, kind, flags, hashLo, hashHi, timestamp, value);
  w.bytes.set(key, keyAt);
  w.length += size;
  w.records++;
}

test('mailbox records: METRIC, WATERMARK and EVICT round-trip, back to back', () => {
  const w = new MessageWriter(16);
  writeMetric(w, HISTOGRAM, 1, 0xdeadbeef, 0x01234567, 1_795_747_235_123, -0.125);
  writeWatermark(w, 1_795_747_236_000);
  writeEvict(w, 0x89abcdef, 0x7fffffff);
  writeWatermark(w, Number.POSITIVE_INFINITY);
  const bytes = w.bytes.subarray(0, w.length);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const seen: string[] = [];
  const metric = newMetricRecord();
  for (let pos = 0; pos < bytes.length; pos += view.getUint32(pos, true)) {
    const type = recordType(bytes, pos);
    if (type === kRecMetric) {
      readMetric(view, pos, view.getUint32(pos, true), metric);
      assert.deepEqual({ ...metric, keyAt: metric.keyAt - pos }, {
        kind: HISTOGRAM, flags: 1, hashLo: 0xdeadbeef, hashHi: 0x01234567, timestamp: 1_795_747_235_123, value: -0.125,
        keyAt: kMetricHeaderBytes, keyLength: key.length,
      });
      assert.deepEqual(decodeSeriesKey(bytes, metric.keyAt).name, 'http.latency_ms');
      seen.push('metric');
    } else if (type === kRecWatermark) {
      seen.push(`watermark ${readWatermark(view, pos)}`);
    } else if (type === kRecEvict) {
      seen.push(`evict ${evictHashLo(view, pos).toString(16)} ${evictHashHi(view, pos).toString(16)}`);
    } else {
      assert.fail(`unknown record type ${type}`);
    }
  }
  assert.deepEqual(seen, ['metric', 'watermark 1795747236000', 'evict 89abcdef 7fffffff', 'watermark Infinity']);
  assert.equal(countMetricRecords(bytes), 1);
});

function window(kind: number, start: number, count: number, sum: number, min: number, max: number, last: number, lastTs: number): WindowRecord {
  return { kind, flags: 0, resolution: 1000, nameHash: 0x5e1ce, start, count, sum, min, max, last, lastTs };
}

function writeWindow(w: MessageWriter, record: WindowRecord, sketch: QuantileSketch | null): void {
  const q = sketch === null ? null : quantiles.map((p) => sketch.quantile(p));
  const size = windowHeaderBytes(record.kind) + key.length + (sketch?.serializedSize() ?? 0);
  w.ensure(size);
  const keyAt = writeWindowHeader(w.view, w.length, size, record, q);
  w.bytes.set(key, keyAt);
  sketch?.write(w.view, keyAt + key.length);
  w.length += size;
  w.records++;
}

test('outbox records: WINDOW (gauge and histogram with its sketch), CLOSED and STATS round-trip', () => {
  const sketch = new QuantileSketch();
  for (let v = 1; v <= 1000; v++) sketch.add(v);
  const gauge = window(GAUGE, 1_795_747_235_000, 3, 12.5, -1, 9, 4.25, 1_795_747_235_999);
  const histogram = { ...window(HISTOGRAM, 1_795_747_235_000, 1000, 500_500, 1, 1000, 17, 1_795_747_235_500), flags: 1 };
  const w = new MessageWriter(16);
  writeWindow(w, gauge, null);
  writeWindow(w, histogram, sketch);
  writeClosed(w, 1_795_747_236_000);
  writeStats(w, 123_456, 7.5e6);
  const bytes = w.bytes.subarray(0, w.length);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const r = newWindowRecord();
  const out: unknown[] = [];
  for (let pos = 0; pos < bytes.length; pos += view.getUint32(pos, true)) {
    const type = outRecordType(bytes, pos);
    if (type === kOutWindow) {
      readWindow(bytes, view, pos, r);
      const { at: _at, keyAt: _keyAt, keyLength, sketchAt, end, ...fields } = r;
      out.push(fields);
      assert.equal(keyLength, key.length);
      assert.equal(decodeSeriesKey(bytes, r.keyAt).labels.route, '/login');
      if (r.kind === HISTOGRAM) {
        const q = new Float64Array(quantiles.length);
        readQuantiles(view, r.at, q);
        assert.deepEqual([...q], quantiles.map((p) => sketch.quantile(p)));
        const back = new QuantileSketch();
        back.mergeFrom(view, sketchAt);
        assert.equal(back.quantile(0.99), sketch.quantile(0.99));
      } else {
        assert.equal(sketchAt, end, 'a gauge carries no sketch');
      }
    } else if (type === kOutClosed) out.push(`closed ${readClosed(view, pos)}`);
    else if (type === kOutStats) out.push(readStats(view, pos));
  }
  assert.deepEqual(out, [gauge, histogram, 'closed 1795747236000', { liveSeries: 123_456, stateBytes: 7.5e6 }]);
});

test('bus messages: TOPIC_WINDOW and TICK round-trip; the metrics of a topic window are counted', () => {
  const records = new MessageWriter(16);
  writeWindow(records, window(GAUGE, 1_795_747_235_000, 3, 1, 0, 1, 1, 1_795_747_235_001), null);
  writeWindow(records, window(GAUGE, 1_795_747_235_000, 39, 1, 0, 1, 1, 1_795_747_235_001), null);
  const topic = new TextEncoder().encode('http.latency_ms');
  const payload = Buffer.alloc(topicWindowBytes(topic, records.length));
  const at = writeTopicWindowHeader(payload, 1000, 1_795_747_235_000, 0xfeedf00d, 2, topic);
  payload.set(records.bytes.subarray(0, records.length), at);
  assert.deepEqual(readBusHeader(payload), { type: kBusTopicWindow, resolution: 1000, start: 1_795_747_235_000, node: 0xfeedf00d });
  assert.deepEqual(readTopicWindowHeader(payload), {
    type: kBusTopicWindow, resolution: 1000, start: 1_795_747_235_000, node: 0xfeedf00d, seriesCount: 2, topic: 'http.latency_ms', recordsAt: at,
  });
  assert.deepEqual(countWindowMetrics(payload), { resolution: 1000, metrics: 42 });
  const tick = encodeTick(10_000, 1_795_747_230_000, 7, [1, 0xffffffff]);
  assert.deepEqual(readBusHeader(tick), { type: kBusTick, resolution: 10_000, start: 1_795_747_230_000, node: 7 });
  assert.deepEqual([...tickTopics(tick)], [1, 0xffffffff]);
});

test('the merge rule: any split of the metrics, merged in any order, gives the aggregate of the whole', () => {
  const random = seededRandom(13);
  for (let round = 0; round < 200; round++) {
    const metrics = Array.from({ length: 1 + Math.floor(random() * 20) }, (_, i) => ({ value: Math.round(random() * 2000 - 1000) / 8, ts: 1000 + Math.floor(random() * 50), i }));
    // `last`: greatest timestamp, on a tie the later arrival.
    const whole = emptyAggregate();
    for (const m of metrics) mergeAggregate(whole, { count: 1, sum: m.value, min: m.value, max: m.value, last: m.value, lastTs: m.ts });
    // Split into consecutive runs (as finer windows or nodes' parts arriving in order), merged part by part.
    const merged = emptyAggregate();
    for (let from = 0; from < metrics.length;) {
      const to = from + 1 + Math.floor(random() * (metrics.length - from));
      const part = emptyAggregate();
      for (const m of metrics.slice(from, to)) mergeAggregate(part, { count: 1, sum: m.value, min: m.value, max: m.value, last: m.value, lastTs: m.ts });
      mergeAggregate(merged, part);
      from = to;
    }
    const latest = metrics.reduce((a, b) => (b.ts >= a.ts ? b : a));
    assert.deepEqual(merged, whole);
    assert.equal(whole.last, latest.value);
    assert.equal(whole.count, metrics.length);
    assert.equal(whole.min, Math.min(...metrics.map((m) => m.value)));
    assert.equal(whole.max, Math.max(...metrics.map((m) => m.value)));
  }
});
