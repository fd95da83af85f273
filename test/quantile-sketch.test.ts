import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DDSketch } from '@datadog/sketches-js';
import { QuantileSketch } from '../collections/quantile-sketch.js';
import { seededRandom } from './support/seeded-random.js';

const qs = [0, 0.01, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999, 1];

test('quantiles equal @datadog/sketches-js DDSketch(0.01) on the same data', () => {
  const random = seededRandom(5);
  for (let round = 0; round < 50; round++) {
    const ours = new QuantileSketch();
    const theirs = new DDSketch({ relativeAccuracy: 0.01 });
    const n = 1 + Math.floor(random() * 5000);
    const scale = 10 ** Math.floor(random() * 8 - 3);
    for (let i = 0; i < n; i++) {
      const v = random() < 0.05 ? 0 : Math.exp(random() * 6) * scale;
      ours.add(v);
      theirs.accept(v);
    }
    for (const q of qs) assert.equal(ours.quantile(q), theirs.getValueAtQuantile(q), `round ${round} q ${q}`);
  }
});

test('merged sketches equal one sketch of all the values (negative values included)', () => {
  const random = seededRandom(6);
  const parts = Array.from({ length: 10 }, () => new QuantileSketch());
  const whole = new QuantileSketch();
  const values: number[] = [];
  for (let i = 0; i < 20_000; i++) {
    const v = (random() - 0.3) * 1000;
    parts[i % 10]!.add(v);
    whole.add(v);
    values.push(v);
  }
  const merged = new QuantileSketch();
  for (const p of parts) merged.merge(p);
  for (const q of qs) assert.equal(merged.quantile(q), whole.quantile(q));
  values.sort((a, b) => a - b);
  for (const q of [0.1, 0.5, 0.9, 0.99]) {
    const exact = values[Math.floor(q * (values.length - 1))]!;
    assert.ok(Math.abs(merged.quantile(q) - exact) <= 0.01 * Math.abs(exact) + 1e-9, `q ${q}: ${merged.quantile(q)} vs ${exact}`);
  }
});

test('bins widen from 16 to 32 bits instead of overflowing', () => {
  const sketch = new QuantileSketch();
  for (let i = 0; i < 70_000; i++) sketch.add(42);
  const other = new QuantileSketch();
  for (let i = 0; i < 70_000; i++) other.add(42);
  sketch.merge(other);
  assert.equal(sketch.count, 140_000);
  assert.ok(Math.abs(sketch.quantile(0.5) - 42) <= 0.42);
  assert.ok(Math.abs(sketch.quantile(1) - 42) <= 0.42);
});
