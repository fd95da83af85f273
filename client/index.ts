/** The `sluice` package's public surface: the producer client. */
export { createProducer, Producer } from './producer.js';
export type { OverflowPolicy, ProducerEvents, ProducerOptions, ProducerStats } from './producer.js';
export type { Labels } from './batch-encoder.js';
