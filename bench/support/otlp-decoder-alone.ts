/**
 * The OTLP decoder alone, on one core, in this process: the bench's
 * requests decoded (labels, keys, admission, records staged, nothing
 * committed) by the in-place path and by the object path (what every point
 * cost before it), in interleaved rounds after a warm-up, so the machine's
 * load falls on both alike. Points per CPU-second.
 */
import { OtlpDecoder } from '../../actors/ingest/otlp-decoder.js';
import { SeriesAdmission } from '../../actors/ingest/series-admission.js';
import { MessageWriter } from '../../engine/message-writer.js';
import { prepareOtlp } from './otlp-load-generator.js';

export interface DecoderAlone {
  inPlace: number;
  objects: number;
}

export function otlpDecoderAlone(rounds: number, batch = 1000, series = 10_000): DecoderAlone {
  const requests = prepareOtlp({ batch, series });
  const make = (inPlace: boolean): { decoder: OtlpDecoder; writers: MessageWriter[] } => {
    const writers = [new MessageWriter(1 << 20), new MessageWriter(1 << 20)];
    const admission = new SeriesAdmission({ maxSeriesPerMetric: 1e6, maxSeries: 1e7, maxMetricNames: 1000, windowMs: 1000, idleWindows: 120, seed: 7 }, 2);
    const decoder = new OtlpDecoder(writers, 7, { maxMetrics: 100_000, windowMs: 1000, futureSkewMs: 10_000 },
      { initialValue: 'auto', resourceLabels: new Set(), scopeLabels: false, maxStreams: 1000, streamIdleMs: 60_000 }, admission, Date.now(), inPlace);
    return { decoder, writers };
  };
  const sides = [make(true), make(false)];
  const cpu = [0, 0];
  const points = [0, 0];
  for (let round = 0; round < rounds + 2; round++) {
    for (const s of round % 2 === 0 ? [0, 1] : [1, 0]) {
      const { decoder, writers } = sides[s]!;
      const before = process.cpuUsage();
      for (let i = 0; i < 50; i++) {
        const now = Date.now();
        if (decoder.decode(requests[i % requests.length]!, now, now - 5000) !== 'ok') throw new Error('bench request refused');
        for (const w of writers) w.reset();
      }
      const used = process.cpuUsage(before);
      if (round < 2) continue; // warm-up
      cpu[s]! += (used.user + used.system) / 1e6;
      points[s]! += 50 * batch;
    }
  }
  return { inPlace: points[0]! / cpu[0]!, objects: points[1]! / cpu[1]! };
}
