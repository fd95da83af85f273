/** The `sluice` package's public surface: the producer client and the stream subscriber. */
export { createProducer, Producer, ProducerError } from './producer.js';
export { SluiceError, errorCodes } from '../catalogue/errors.js';
export type { SluiceErrorCode } from '../catalogue/errors.js';
export type { OverflowPolicy, ProducerEvents, ProducerOptions, ProducerStats } from './producer.js';
export type { Labels } from './batch-encoder.js';
export { subscribe, SubscribeError } from './subscriber.js';
export type { SubscribeOptions, SubscriberEvent, SubscribedGap, SubscribedWindow } from './subscriber.js';
