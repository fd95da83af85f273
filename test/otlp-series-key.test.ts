import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OtlpSeriesKey } from '../actors/ingest/otlp-series-key.js';
import { hashOut, hashSeriesKey } from '../wire/hash.js';
import { encodeSeriesKey } from '../wire/series-key.js';
import { seededRandom } from './support/seeded-random.js';

test('the OTLP key builder writes the same key bytes and hash as encodeSeriesKey + hashSeriesKey, from strings and from ranges of the request', () => {
  const random = seededRandom(15);
  const alphabet = ['a', 'b', 'Z', '_', '.', 'é', '€', '日', '😀', '0'];
  const text = (max: number): string => Array.from({ length: 1 + Math.floor(random() * max) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  const builder = new OtlpSeriesKey();
  for (let i = 0; i < 2000; i++) {
    const name = text(20);
    const labels: Record<string, string> = {};
    for (let n = Math.floor(random() * 8); n > 0; n--) labels[text(6)] = text(10);
    const entries = Object.entries(labels).reverse();
    // A "request" holding the name and half of the labels: those are added as ranges of it.
    const request = Buffer.from(name + entries.map(([k, v]) => k + v).join(''));
    builder.source(request);
    const nameEnd = Buffer.byteLength(name);
    assert.equal(builder.begin(0, nameEnd), null);
    let at = nameEnd;
    for (const [n, [k, v]] of entries.entries()) {
      const keyEnd = at + Buffer.byteLength(k);
      const valueEnd = keyEnd + Buffer.byteLength(v);
      assert.equal(n % 2 === 0 ? builder.addRange(at, keyEnd, keyEnd, valueEnd) : builder.add(k, v), null);
      at = valueEnd;
    }
    assert.equal(builder.finish(), null);
    const expected = encodeSeriesKey(name, labels);
    assert.deepEqual([...builder.key()], [...expected], `${name} ${JSON.stringify(labels)}`);
    assert.equal(builder.length, expected.length);
    const written = new Uint8Array(expected.length + 3);
    assert.equal(builder.write(new DataView(written.buffer), 3), written.length);
    assert.deepEqual([...written.subarray(3)], [...expected]);
    builder.hash(77);
    const [lo, hi] = hashOut;
    hashSeriesKey(new DataView(expected.buffer), 0, 77);
    assert.deepEqual([lo, hi], [...hashOut]);
  }
});

test('the OTLP key builder refuses duplicates and byte lengths over the limits (bytes, not characters)', () => {
  const builder = new OtlpSeriesKey();
  builder.source(new Uint8Array(0));
  builder.begin(0, 0);
  builder.add('b', '1');
  builder.add('a', '2');
  builder.add('b', '3');
  assert.equal(builder.finish(), 'duplicate label key "b"');
  assert.equal(builder.begin(0, 257), 'name longer than 256 bytes');
  assert.equal(builder.begin(0, 256), null);
  assert.equal(builder.add('k', '€'.repeat(86)), 'label value longer than 256 bytes', '258 bytes in 86 characters');
  assert.equal(builder.add('€'.repeat(86), 'v'), 'label key longer than 256 bytes');
  assert.equal(builder.add('k', 'v'.repeat(257)), 'label value longer than 256 bytes');
  assert.equal(builder.add('', 'v'), 'empty label key');
  assert.equal(builder.addRange(5, 5, 0, 1), 'empty label key');
  assert.equal(builder.add('k', 'v'.repeat(256)), null);
  assert.equal(builder.finish(), null);
});
