/** Metric kinds, numbered as `sluice.v1.MetricKind` in proto/metrics.proto. */
export const GAUGE = 0;
export const COUNTER = 1;
export const HISTOGRAM = 2;
export type MetricKind = typeof GAUGE | typeof COUNTER | typeof HISTOGRAM;

export const kindNames = ['gauge', 'counter', 'histogram'] as const;
export type KindName = (typeof kindNames)[number];
