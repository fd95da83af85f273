import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-grpc';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';

const provider = new MeterProvider({
  resource: resourceFromAttributes({ 'service.name': 'checkout' }),
  readers: [new PeriodicExportingMetricReader({
    exporter: new OTLPMetricExporter({ url: 'http://127.0.0.1:50051' }),
    // The SDK's default is 60 s; Sluice's windows are 1 s, so export every second.
    exportIntervalMillis: 1000,
  })],
});
const meter = provider.getMeter('checkout');
const requests = meter.createCounter('http.requests');
const latency = meter.createHistogram('http.latency', { unit: 'ms' });
setInterval(() => {
  requests.add(1, { route: '/pay' });
  latency.record(5 + Math.random() * 50, { route: '/pay' });
}, 10);
process.on('SIGINT', () => provider.shutdown().then(() => process.exit(0)));
