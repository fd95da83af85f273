/**
 * Sluice's configuration: every setting once, with its flag, its environment
 * variable, its default and its check. A flag wins over the environment;
 * an invalid value stops the start with a message naming the setting.
 * The README's configuration table is this table.
 */
import { SluiceError } from '../catalogue/errors.js';
import { accessSync, constants } from 'node:fs';
import { availableParallelism, hostname } from 'node:os';
import type { HttpEngineChoice } from '../gateway/http-engine.js';
import { parseDuration } from './duration.js';

export interface SluiceConfig {
  host: string;
  grpcPort: number;
  httpPort: number;
  httpEngine: HttpEngineChoice;
  /** Threads serving SSE (and the HTTP port): `auto` or 1..16; see gateway/gateway-threads.ts. */
  gatewayThreads: 'auto' | number;
  redisUrl: string | null;
  redisPrefix: string;
  shards: number;
  windowMs: number;
  latenessMs: number;
  futureSkewMs: number;
  /** Resolutions in ms, ascending; the first equals windowMs. */
  resolutions: number[];
  maxBatchMetrics: number;
  maxBatchBytes: number;
  ringBytes: number;
  pushTimeoutMs: number;
  maxQueuedBytes: number;
  maxSeriesPerMetric: number;
  maxSeries: number;
  maxMetricNames: number;
  idleWindows: number;
  heartbeatMs: number;
  retryMs: number;
  clientQueueBytes: number;
  producerTokens: Set<string>;
  logLevel: string;
  role: 'all' | 'ingest' | 'gateway';
  historyWindows: number;
  historyMs: number;
  busBacklogBytes: number;
  dashboardTokens: Set<string>;
  corsOrigins: Set<string>;
  maxClients: number;
  maxClientsPerAddress: number;
  clientStallMs: number;
  tlsCert: string | null;
  tlsKey: string | null;
  tlsClientCa: string | null;
  nodeId: string;
  nodeTimeoutMs: number;
  redisClusterNodes: string[] | null;
  otlpInitialValue: 'auto' | 'keep' | 'drop';
  otlpResourceLabels: Set<string>;
  otlpScopeLabels: boolean;
  otlpMaxStreams: number;
  redisTimeoutMs: number;
  redisConnectTimeoutMs: number;
}

export class ConfigError extends SluiceError {
  constructor(message: string) {
    super('ERR_SLUICE_CONFIG', message);
  }
}

interface Setting<K extends keyof SluiceConfig> {
  key: K;
  flag: string;
  env: string;
  /** Default as text, parsed like a user value (or a function for computed ones). */
  fallback: string | (() => string) | null;
  /** How a computed default reads in the README. */
  shownAs?: string;
  help: string;
  parse: (text: string, name: string) => SluiceConfig[K];
}

const MiB = 1024 * 1024;

function integer(min: number, max: number) {
  return (text: string, name: string): number => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
      throw new ConfigError(`${name} must be an integer in [${min}, ${max}], got '${text}'`);
    }
    return n;
  };
}

function duration(min: number, max: number) {
  return (text: string, name: string): number => {
    const n = parseDuration(text);
    if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be a duration in [${min}ms, ${max}ms] (e.g. 500, 500ms, 10s), got '${text}'`);
    return n;
  };
}

function readable(text: string, name: string): string {
  try {
    accessSync(text, constants.R_OK);
  } catch {
    throw new ConfigError(`${name} must be a readable file, got '${text}'`);
  }
  return text;
}

function list(text: string): Set<string> {
  return new Set(text.split(',').map((t) => t.trim()).filter((t) => t.length > 0));
}

/** The settings table, in README order. */
export const settings: Array<Setting<keyof SluiceConfig>> = [
  { key: 'role', flag: 'role', env: 'SLUICE_ROLE', fallback: 'all', help: '`all`; `ingest` (gRPC, shards, publishes to Redis); or `gateway` (SSE only, subscribes to Redis)', parse: (t, n) => { if (t !== 'all' && t !== 'ingest' && t !== 'gateway') throw new ConfigError(`${n} must be all, ingest or gateway; got '${t}'`); return t; } },
  { key: 'host', flag: 'host', env: 'SLUICE_HOST', fallback: '127.0.0.1', help: 'address both servers bind to', parse: (t, n) => { if (t.trim() === '') throw new ConfigError(`${n} must not be empty`); return t.trim(); } },
  { key: 'grpcPort', flag: 'grpc-port', env: 'SLUICE_GRPC_PORT', fallback: '50051', help: 'gRPC ingest port (0 = any free port)', parse: integer(0, 65535) },
  { key: 'httpPort', flag: 'http-port', env: 'SLUICE_HTTP_PORT', fallback: '8080', help: 'HTTP port: SSE, dashboard, /metrics, /healthz (0 = any free port)', parse: integer(0, 65535) },
  { key: 'httpEngine', flag: 'http-engine', env: 'SLUICE_HTTP_ENGINE', fallback: 'auto', help: 'HTTP server: `uws` (uWebSockets.js), `node` (node:http), or `auto`: uws when its binary loads on this Node, else node', parse: (t, n) => { if (t !== 'auto' && t !== 'uws' && t !== 'node') throw new ConfigError(`${n} must be auto, uws or node; got '${t}'`); return t; } },
  { key: 'gatewayThreads', flag: 'gateway-threads', env: 'SLUICE_GATEWAY_THREADS', fallback: 'auto', help: 'threads serving the HTTP port and its SSE clients, sharing the port (SO_REUSEPORT): 1..16, or `auto` = min(cores, 4); 1 = the main thread alone; falls back to 1 where the engine cannot share a port (docs/http-engines.md)', parse: (t, n) => { if (t === 'auto') return t; const k = Number(t); if (t.trim() === '' || !Number.isInteger(k) || k < 1 || k > 16) throw new ConfigError(`${n} must be auto or an integer in [1, 16], got '${t}'`); return k; } },
  { key: 'redisUrl', flag: 'redis-url', env: 'REDIS_URL', fallback: null, help: 'Redis for the bus (unset = in-process bus); redis+cluster://host:port,host:port for a Redis Cluster', parse: (t, n) => { if (!/^(rediss?|redis\+cluster):\/\//.test(t)) throw new ConfigError(`${n} must be a redis://, rediss:// or redis+cluster:// URL, got '${t}'`); return t; } },
  { key: 'redisPrefix', flag: 'redis-prefix', env: 'SLUICE_REDIS_PREFIX', fallback: 'sluice:', help: 'prefix of every Redis key and channel', parse: (t) => t },
  { key: 'shards', flag: 'shards', env: 'SLUICE_SHARDS', fallback: () => String(availableParallelism()), shownAs: 'cores', help: 'aggregator shards (worker threads); default: cores', parse: integer(1, 256) },
  { key: 'windowMs', flag: 'window-ms', env: 'SLUICE_WINDOW_MS', fallback: '1000', help: 'finest window length', parse: duration(10, 3_600_000) },
  { key: 'latenessMs', flag: 'lateness-ms', env: 'SLUICE_LATENESS_MS', fallback: '500', help: 'how long after its end a window still takes metrics', parse: duration(0, 3_600_000) },
  { key: 'futureSkewMs', flag: 'future-skew-ms', env: 'SLUICE_FUTURE_SKEW_MS', fallback: '5000', help: 'timestamps further ahead of the receive time are rejected `future`', parse: duration(0, 3_600_000) },
  { key: 'resolutions', flag: 'resolutions', env: 'SLUICE_RESOLUTIONS', fallback: null, help: 'window lengths served, e.g. 1s,10s,60s (default: window, 10×, 60×)', parse: (t, n) => [...list(t)].map((r) => duration(1, 86_400_000)(r, n)) },
  { key: 'maxBatchMetrics', flag: 'max-batch-metrics', env: 'SLUICE_MAX_BATCH_METRICS', fallback: '10000', help: 'metrics per batch; more is refused whole (RESOURCE_EXHAUSTED)', parse: integer(1, 1_000_000) },
  { key: 'maxBatchBytes', flag: 'max-batch-bytes', env: 'SLUICE_MAX_BATCH_BYTES', fallback: String(4 * MiB), help: 'bytes per batch; more is refused whole (RESOURCE_EXHAUSTED)', parse: integer(1024, 256 * MiB) },
  { key: 'ringBytes', flag: 'ring-bytes', env: 'SLUICE_RING_BYTES', fallback: String(16 * MiB), help: 'bytes of each shard mailbox ring', parse: integer(4096, 1024 * MiB) },
  { key: 'pushTimeoutMs', flag: 'push-timeout-ms', env: 'SLUICE_PUSH_TIMEOUT_MS', fallback: '10000', help: 'longest a Push waits for ring space (its own deadline if sooner)', parse: duration(0, 3_600_000) },
  { key: 'maxQueuedBytes', flag: 'max-queued-bytes', env: 'SLUICE_MAX_QUEUED_BYTES', fallback: String(64 * MiB), help: 'bytes of batches waiting for ring space before Push is refused at once', parse: integer(0, 4096 * MiB) },
  { key: 'maxSeriesPerMetric', flag: 'max-series-per-metric', env: 'SLUICE_MAX_SERIES_PER_METRIC', fallback: '10000', help: 'series per metric name before new ones fold into its overflow series', parse: integer(1, 100_000_000) },
  { key: 'maxSeries', flag: 'max-series', env: 'SLUICE_MAX_SERIES', fallback: '2000000', help: 'series in total before new ones fold into overflow series', parse: integer(1, 100_000_000) },
  { key: 'maxMetricNames', flag: 'max-metric-names', env: 'SLUICE_MAX_METRIC_NAMES', fallback: '100000', help: 'distinct metric names; past it new names are rejected `over_limit`', parse: integer(1, 10_000_000) },
  { key: 'idleWindows', flag: 'idle-windows', env: 'SLUICE_IDLE_WINDOWS', fallback: '120', help: 'a series with no metric for this many windows is evicted', parse: integer(1, 1_000_000) },
  { key: 'heartbeatMs', flag: 'heartbeat-ms', env: 'SLUICE_HEARTBEAT_MS', fallback: '15000', help: 'SSE comment sent to idle connections this often', parse: duration(100, 3_600_000) },
  { key: 'retryMs', flag: 'retry-ms', env: 'SLUICE_RETRY_MS', fallback: '2000', help: 'SSE `retry:` sent on connect', parse: duration(0, 3_600_000) },
  { key: 'clientQueueBytes', flag: 'client-queue-bytes', env: 'SLUICE_CLIENT_QUEUE_BYTES', fallback: String(256 * 1024), help: 'bytes queued for a slow SSE client before its windows are conflated', parse: integer(1024, 1024 * MiB) },
  { key: 'historyWindows', flag: 'history-windows', env: 'SLUICE_HISTORY_WINDOWS', fallback: '300', help: 'windows kept per topic and resolution for resume (Redis Stream / memory)', parse: integer(1, 1_000_000) },
  { key: 'historyMs', flag: 'history-ms', env: 'SLUICE_HISTORY_MS', fallback: '5m', help: 'windows older than this leave the history', parse: duration(1000, 7 * 86_400_000) },
  { key: 'busBacklogBytes', flag: 'bus-backlog-bytes', env: 'SLUICE_BUS_BACKLOG_BYTES', fallback: String(64 * MiB), help: 'bytes of publishes kept while Redis is away or not answering (sent, unanswered ones included); past half of it, new batches get UNAVAILABLE', parse: integer(1024 * 1024, 4096 * MiB) },
  { key: 'dashboardTokens', flag: 'dashboard-tokens', env: 'SLUICE_DASHBOARD_TOKENS', fallback: '', help: 'comma-separated tokens for /v1/stream and /v1/series (`authorization: Bearer …` or `?token=`); empty = none', parse: (t) => list(t) },
  { key: 'corsOrigins', flag: 'cors-origins', env: 'SLUICE_CORS_ORIGINS', fallback: '', help: 'comma-separated origins allowed to read the HTTP API from a browser (`*` = any); empty = same origin only', parse: (t) => list(t) },
  { key: 'maxClients', flag: 'max-clients', env: 'SLUICE_MAX_CLIENTS', fallback: '20000', help: 'SSE connections in total (429 past it)', parse: integer(1, 10_000_000) },
  { key: 'maxClientsPerAddress', flag: 'max-clients-per-address', env: 'SLUICE_MAX_CLIENTS_PER_ADDRESS', fallback: '1000', help: 'SSE connections per client address (429 past it)', parse: integer(1, 10_000_000) },
  { key: 'clientStallMs', flag: 'client-stall-ms', env: 'SLUICE_CLIENT_STALL_MS', fallback: '30s', help: 'an SSE client that has not taken a byte for this long is disconnected', parse: duration(100, 3_600_000) },
  { key: 'tlsCert', flag: 'tls-cert', env: 'SLUICE_TLS_CERT', fallback: null, help: 'PEM certificate (chain) file: gRPC over TLS and HTTPS for the gateway (needs --tls-key)', parse: readable },
  { key: 'tlsKey', flag: 'tls-key', env: 'SLUICE_TLS_KEY', fallback: null, help: 'PEM private key file of --tls-cert', parse: readable },
  { key: 'tlsClientCa', flag: 'tls-client-ca', env: 'SLUICE_TLS_CLIENT_CA', fallback: null, help: 'PEM CA file: producers must present a client certificate signed by it', parse: readable },
  { key: 'nodeId', flag: 'node-id', env: 'SLUICE_NODE_ID', fallback: () => `${hostname()}-${process.pid}`, shownAs: 'host-pid', help: 'this node\'s name among several ingest nodes', parse: (t, n) => { if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(t)) throw new ConfigError(`${n} must be 1-64 characters of [A-Za-z0-9_.:-], got '${t}'`); return t; } },
  { key: 'nodeTimeoutMs', flag: 'node-timeout-ms', env: 'SLUICE_NODE_TIMEOUT_MS', fallback: '3s', help: 'an ingest node silent this long is taken for dead: its share of open windows becomes a gap', parse: duration(500, 600_000) },
  { key: 'redisClusterNodes', flag: 'redis-cluster-nodes', env: 'REDIS_CLUSTER_NODES', fallback: null, help: 'Redis Cluster seed nodes, host:port,host:port (sharded Pub/Sub); or a redis+cluster:// URL in REDIS_URL', parse: (t, n) => { const nodes = [...list(t)]; if (nodes.length === 0 || nodes.some((x) => !/^[^:]+:\d+$/.test(x))) throw new ConfigError(`${n} must be host:port[,host:port…], got '${t}'`); return nodes; } },
  { key: 'redisTimeoutMs', flag: 'redis-timeout-ms', env: 'SLUICE_REDIS_TIMEOUT_MS', fallback: '5s', help: 'Redis that has left a command unanswered this long is taken for gone: /readyz 503, publishes wait in the bus backlog (sent, unanswered ones count in it)', parse: duration(100, 600_000) },
  { key: 'redisConnectTimeoutMs', flag: 'redis-connect-timeout-ms', env: 'SLUICE_REDIS_CONNECT_TIMEOUT_MS', fallback: '0', help: 'at start, give up (exit 1, naming Redis and the cause) if Redis is not reached this soon; 0 = serve and wait for it for ever', parse: duration(0, 86_400_000) },
  { key: 'logLevel', flag: 'log-level', env: 'SLUICE_LOG_LEVEL', fallback: 'info', help: 'log level: fatal, error, warn, info, debug, trace or silent', parse: (t, n) => { if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(t)) throw new ConfigError(`${n} must be one of fatal, error, warn, info, debug, trace, silent; got '${t}'`); return t; } },
  { key: 'otlpInitialValue', flag: 'otlp-initial-value', env: 'SLUICE_OTLP_INITIAL_VALUE', fallback: 'auto', help: 'first point of a cumulative OTLP stream: `auto` (counted if the stream started after this node could have seen it, else only a base), `keep` or `drop`', parse: (t, n) => { if (t !== 'auto' && t !== 'keep' && t !== 'drop') throw new ConfigError(`${n} must be auto, keep or drop; got '${t}'`); return t; } },
  { key: 'otlpResourceLabels', flag: 'otlp-resource-labels', env: 'SLUICE_OTLP_RESOURCE_LABELS', fallback: '', help: 'comma-separated OTLP resource attributes that become labels (`service.name` always does)', parse: (t) => list(t) },
  { key: 'otlpScopeLabels', flag: 'otlp-scope-labels', env: 'SLUICE_OTLP_SCOPE_LABELS', fallback: 'false', help: '`true`: OTLP scope name and version become labels `otel.scope.name`, `otel.scope.version`', parse: (t, n) => { if (t !== 'true' && t !== 'false') throw new ConfigError(`${n} must be true or false; got '${t}'`); return t === 'true'; } },
  { key: 'otlpMaxStreams', flag: 'otlp-max-streams', env: 'SLUICE_OTLP_MAX_STREAMS', fallback: '200000', help: 'cumulative OTLP streams remembered for increments; past it the least recently updated is forgotten', parse: integer(1, 100_000_000) },
  { key: 'producerTokens', flag: 'producer-tokens', env: 'SLUICE_PRODUCER_TOKENS', fallback: '', help: 'comma-separated tokens producers must send (`authorization: Bearer …`); empty = none', parse: (t) => list(t) },
];

/**
 * Reads the configuration from `argv` flags (`--name value` or
 * `--name=value`) and `env`. Throws ConfigError naming the setting.
 */
export function loadConfig(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): SluiceConfig {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new ConfigError(`unexpected argument '${arg}'`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!settings.some((s) => s.flag === name)) throw new ConfigError(`unknown flag --${name}`);
    if (eq > 0) flags.set(name, arg.slice(eq + 1));
    else {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new ConfigError(`--${name} needs a value`);
      flags.set(name, value);
      i++;
    }
  }
  const config: Partial<Record<keyof SluiceConfig, unknown>> = {};
  for (const setting of settings) {
    const flagValue = flags.get(setting.flag);
    const envValue = env[setting.env];
    const name = flagValue !== undefined ? `--${setting.flag}` : `${setting.env} (--${setting.flag})`;
    const text = flagValue ?? (envValue !== undefined && envValue !== '' ? envValue : undefined)
      ?? (typeof setting.fallback === 'function' ? setting.fallback() : setting.fallback);
    config[setting.key] = text === null ? null : setting.parse(text, name);
  }
  const result = config as unknown as SluiceConfig;
  result.resolutions ??= [result.windowMs, result.windowMs * 10, result.windowMs * 60];
  validate(result);
  return result;
}

function validate(config: SluiceConfig): void {
  const r = config.resolutions;
  if (r.length === 0) throw new ConfigError('SLUICE_RESOLUTIONS (--resolutions) must name at least one resolution');
  r.sort((a, b) => a - b);
  if (r[0] !== config.windowMs) throw new ConfigError(`SLUICE_RESOLUTIONS (--resolutions) must start with the window length ${config.windowMs}ms, got ${r[0]}ms`);
  for (let i = 1; i < r.length; i++) {
    if (r[i]! % r[i - 1]! !== 0 || r[i] === r[i - 1]) throw new ConfigError(`SLUICE_RESOLUTIONS (--resolutions): each must be a multiple of the previous, got ${r.join(',')}`);
  }
  if (config.redisUrl !== null && config.redisUrl.startsWith('redis+cluster://')) {
    config.redisClusterNodes ??= config.redisUrl.slice('redis+cluster://'.length).split(',').map((n) => n.replace(/\/.*$/, ''));
    config.redisUrl = null;
  }
  if ((config.tlsCert === null) !== (config.tlsKey === null)) throw new ConfigError('SLUICE_TLS_CERT (--tls-cert) and SLUICE_TLS_KEY (--tls-key) go together');
  if (config.tlsClientCa !== null && config.tlsCert === null) throw new ConfigError('SLUICE_TLS_CLIENT_CA (--tls-client-ca) needs --tls-cert and --tls-key');
  if (config.role !== 'all' && config.redisUrl === null && config.redisClusterNodes === null) {
    throw new ConfigError(`SLUICE_ROLE (--role) ${config.role} needs REDIS_URL (--redis-url) or REDIS_CLUSTER_NODES: the roles meet on Redis`);
  }
  // A whole batch for one shard must fit in one ring message, with room to spare.
  const worstRecords = config.maxBatchBytes + config.maxBatchMetrics * 48;
  if (config.ringBytes < 2 * worstRecords) {
    throw new ConfigError(`SLUICE_RING_BYTES (--ring-bytes) must be at least twice a full batch's records (${2 * worstRecords} bytes for the batch limits), got ${config.ringBytes}`);
  }
}

/** The README's configuration table, generated from `settings` (a test keeps them equal). */
export function configTable(): string {
  const fallback = (s: Setting<keyof SluiceConfig>): string =>
    s.fallback === null ? '(unset)' : typeof s.fallback === 'function' ? (s.shownAs ?? 'computed') : s.fallback === '' ? '(empty)' : `\`${s.fallback}\``;
  return ['| flag | environment | default | meaning |', '| --- | --- | --- | --- |',
    ...settings.map((s) => `| \`--${s.flag}\` | \`${s.env}\` | ${fallback(s)} | ${s.help} |`)].join('\n');
}
