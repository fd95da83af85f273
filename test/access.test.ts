import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import { IngestClient } from './support/ingest-client.js';
import { engineTest, startTestSluiceOn } from './support/sluice-harness.js';
import { SseReader } from './support/sse-reader.js';

engineTest('tokens: a wrong dashboard token gets 401 with a JSON body; a wrong producer token gets UNAUTHENTICATED', async (engine) => {
  const sluice = await startTestSluiceOn(engine, ['--dashboard-tokens', 'dash-1,dash-2', '--producer-tokens', 'prod-1']);
  const base = `http://127.0.0.1:${sluice.httpPort}`;
  for (const init of [{}, { headers: { authorization: 'Bearer nope' } }]) {
    const response = await fetch(`${base}/v1/stream?match=a`, init);
    assert.equal(response.status, 401);
    assert.match(response.headers.get('content-type') ?? '', /application\/json/);
    assert.equal(((await response.json()) as { error: string }).error, 'unauthorized');
  }
  const byHeader = new SseReader(`${base}/v1/stream?match=a`, { authorization: 'Bearer dash-2' });
  const byQuery = new SseReader(`${base}/v1/stream?match=a&token=dash-1`);
  await Promise.all([byHeader.opened, byQuery.opened]);
  assert.deepEqual([byHeader.status, byQuery.status], [200, 200]);
  assert.equal((await fetch(`${base}/metrics`)).status, 200, '/metrics needs no dashboard token');

  const client = new IngestClient(sluice.grpcPort);
  const wrong = new grpc.Metadata();
  wrong.set('authorization', 'Bearer nope');
  await assert.rejects(client.push([{ name: 'x', value: 1 }], 1, wrong), (e: grpc.ServiceError) => e.code === grpc.status.UNAUTHENTICATED);
  await assert.rejects(client.push([{ name: 'x', value: 1 }]), (e: grpc.ServiceError) => e.code === grpc.status.UNAUTHENTICATED);
  await assert.rejects(client.stream([[{ name: 'x', value: 1 }]], 1, wrong), (e: grpc.ServiceError) => e.code === grpc.status.UNAUTHENTICATED);
  const right = new grpc.Metadata();
  right.set('authorization', 'Bearer prod-1');
  assert.equal((await client.push([{ name: 'x', value: 1 }], 1, right)).accepted, 1);
  assert.equal((await client.stream([[{ name: 'x', value: 1 }]], 1, right))[0]!.accepted, 1);
  assert.equal(sluice.ledger.batchesRefused.get('unauthenticated'), 3);
});

engineTest('connection limits: 429 past the total and past the per-address limit; room again once a client leaves', async (engine) => {
  const sluice = await startTestSluiceOn(engine, ['--max-clients', '5', '--max-clients-per-address', '3']);
  const url = `http://127.0.0.1:${sluice.httpPort}/v1/stream?match=a`;
  const readers = Array.from({ length: 3 }, () => new SseReader(url));
  await Promise.all(readers.map((r) => r.opened));
  assert.deepEqual(readers.map((r) => r.status), [200, 200, 200]);
  const fourth = await fetch(url);
  assert.equal(fourth.status, 429);
  assert.equal(((await fourth.json()) as { error: string }).error, 'too_many_clients_from_address');
  readers[0]!.close();
  await new Promise((resolve) => setTimeout(resolve, 200));
  const again = new SseReader(url);
  await again.opened;
  assert.equal(again.status, 200);
});

engineTest('CORS: allowed origins get Access-Control-Allow-Origin; others get 403', async (engine) => {
  const sluice = await startTestSluiceOn(engine, ['--cors-origins', 'https://dash.example']);
  const url = `http://127.0.0.1:${sluice.httpPort}/v1/stream?match=a`;
  const ok = new SseReader(url, { origin: 'https://dash.example' });
  await ok.opened;
  assert.equal(ok.headers['access-control-allow-origin'], 'https://dash.example');
  const denied = await fetch(url, { headers: { origin: 'https://evil.example' } });
  assert.equal(denied.status, 403);
  const preflight = await fetch(url, { method: 'OPTIONS', headers: { origin: 'https://dash.example' } });
  assert.equal(preflight.status, 204);
  assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Last-Event-ID/);
});

engineTest('bad filters get 400 with a JSON body', async (engine) => {
  const sluice = await startTestSluiceOn(engine);
  for (const query of ['label=nocolon', 'resolution=7s', 'label=:x']) {
    const response = await fetch(`http://127.0.0.1:${sluice.httpPort}/v1/stream?${query}`);
    assert.equal(response.status, 400, query);
    assert.equal(((await response.json()) as { error: string }).error, 'bad_filter');
  }
});
