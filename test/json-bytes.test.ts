import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as out from '../gateway/json-bytes.js';
import { seededRandom } from './support/seeded-random.js';

test('numbers written as bytes read back as JSON.stringify writes them (non-finite as null)', () => {
  const random = seededRandom(7);
  const values = [0, -0, 1, -1, 9, 10, 99, 100, 2 ** 31 - 1, -(2 ** 31 - 1), 2 ** 31, -(2 ** 31), 2 ** 53, 1e21, 1.5, -0.001, 5e-324,
    0.1 + 0.2, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (let i = 0; i < 2000; i++) {
    values.push(Math.floor((random() - 0.5) * 2 ** (1 + Math.floor(random() * 60))), (random() - 0.5) * 10 ** Math.floor(random() * 20));
  }
  out.begin();
  for (const v of values) { out.number(v); out.byte(0x2c); }
  const written = out.take().toString('latin1').split(',').slice(0, -1);
  assert.deepEqual(written, values.map((v) => (Number.isFinite(v) ? JSON.stringify(v) : 'null')));
});

test('a written buffer grows past its first size and keeps every byte', () => {
  out.begin();
  const piece = Buffer.from('{"name":"x","labels":{"a":"é"}}');
  for (let i = 0; i < 100_000; i++) { out.bytes(piece); out.ascii(','); }
  const taken = out.take();
  assert.equal(taken.length, (piece.length + 1) * 100_000);
  assert.equal(taken.toString('utf8', 0, piece.length + 1), `${piece.toString()},`);
  assert.equal(taken.toString('utf8', taken.length - piece.length - 1), `${piece.toString()},`);
});
