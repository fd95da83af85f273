/**
 * Quantiles of histogram series: a DDSketch with 1% relative accuracy
 * (@datadog/sketches-js), mergeable across windows.
 */
import { DDSketch } from '@datadog/sketches-js';

export const kRelativeAccuracy = 0.01;

export interface QuantileSketch {
  add(value: number): void;
  merge(other: QuantileSketch): void;
  quantile(q: number): number;
}

class DatadogSketch implements QuantileSketch {
  readonly sketch = new DDSketch({ relativeAccuracy: kRelativeAccuracy });
  add(value: number): void {
    this.sketch.accept(value);
  }
  merge(other: QuantileSketch): void {
    this.sketch.merge((other as DatadogSketch).sketch);
  }
  quantile(q: number): number {
    return this.sketch.getValueAtQuantile(q);
  }
}

export function createSketch(): QuantileSketch {
  return new DatadogSketch();
}
