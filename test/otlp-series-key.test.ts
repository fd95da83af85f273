import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OtlpSeriesKey } from '../actors/ingest/otlp-series-key.js';
import { encodeSeriesKey } from '../wire/series-key.js';
import { seededRandom } from './support/seeded-random.js';

test('the OTLP key builder writes the same key bytes as encodeSeriesKey, whatever the label order and characters', () => {
  const random = seededRandom(15);
  const alphabet = ['a', 'b', 'Z', '_', '.', 'é', '€', '日', '😀', '0'];
  const text = (max: number): string => Array.from({ length: 1 + Math.floor(random() * max) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  const builder = new OtlpSeriesKey();
  for (let i = 0; i < 2000; i++) {
    const name = text(20);
    const labels: Record<string, string> = {};
    for (let n = Math.floor(random() * 8); n > 0; n--) labels[text(6)] = text(10);
    assert.equal(builder.begin(name), null);
    for (const [k, v] of Object.entries(labels).reverse()) assert.equal(builder.add(k, v), null);
    assert.equal(builder.finish(), null);
    assert.deepEqual([...builder.key], [...encodeSeriesKey(name, labels)], `${name} ${JSON.stringify(labels)}`);
    assert.equal(builder.nameLength, Buffer.byteLength(name));
  }
});

test('the OTLP key builder refuses duplicates and byte lengths over the limits (bytes, not characters)', () => {
  const builder = new OtlpSeriesKey();
  builder.begin('m');
  builder.add('b', '1');
  builder.add('a', '2');
  builder.add('b', '3');
  assert.equal(builder.finish(), 'duplicate label key "b"');
  assert.equal(builder.begin('€'.repeat(86)), 'name longer than 256 bytes', '258 bytes in 86 characters');
  assert.equal(builder.begin('€'.repeat(85)), null);
  assert.equal(builder.add('k', '€'.repeat(86)), 'label value longer than 256 bytes');
  assert.equal(builder.add('€'.repeat(86), 'v'), 'label key longer than 256 bytes');
  assert.equal(builder.add('', 'v'), 'empty label key');
  assert.equal(builder.add('k', 'v'.repeat(256)), null);
  assert.equal(builder.finish(), null);
});
