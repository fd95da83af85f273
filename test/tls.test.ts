import assert from 'node:assert/strict';
import https from 'node:https';
import { createProducer } from '../client/index.js';
import { makeCertificates } from './support/certificates.js';
import { engineTest, startTestSluiceOn } from './support/sluice-harness.js';

engineTest('TLS: producers need a client certificate (mutual TLS) and dashboards read over HTTPS', async (engine) => {
  const certs = makeCertificates();
  const sluice = await startTestSluiceOn(engine, ['--tls-cert', certs.serverCert, '--tls-key', certs.serverKey, '--tls-client-ca', certs.caFile, '--window-ms', '200', '--resolutions', '200,2000', '--lateness-ms', '100']);
  const ca = certs.read(certs.caFile);

  // A dashboard over HTTPS, trusting the test CA.
  const events: string[] = [];
  const request = https.get({ host: '127.0.0.1', port: sluice.httpPort, path: '/v1/stream?match=tls.*', ca, servername: 'localhost' }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => events.push(chunk));
  });
  const status = await new Promise<number>((resolve, reject) => { request.on('response', (r) => resolve(r.statusCode ?? 0)); request.on('error', reject); });
  assert.equal(status, 200);

  // A producer with a certificate signed by the CA is served.
  const producer = createProducer({ target: `localhost:${sluice.grpcPort}`, tls: { ca, cert: certs.read(certs.clientCert), key: certs.read(certs.clientKey) } });
  for (let i = 0; i < 10; i++) producer.gauge('tls.m', i);
  await producer.close();
  assert.equal(producer.stats().accepted, 10);

  // Without a client certificate the handshake fails: nothing is accepted.
  const anonymous = createProducer({ target: `localhost:${sluice.grpcPort}`, tls: { ca }, retryInitialMs: 50, retryMaxMs: 50 });
  anonymous.gauge('tls.m', 1);
  await anonymous.close(1000);
  assert.equal(anonymous.stats().accepted, 0);
  assert.equal(anonymous.stats().failed, 1);

  // Plain HTTP on the HTTPS port gets nothing.
  await assert.rejects(fetch(`http://127.0.0.1:${sluice.httpPort}/healthz`));

  await new Promise((resolve) => setTimeout(resolve, 700));
  request.destroy();
  assert.match(events.join(''), /event: window\ndata: \{"start":\d+,"end":\d+,"resolution_ms":200,"series":\[\{"name":"tls\.m"/);
  assert.equal(sluice.ledger.accepted, 10);
});
