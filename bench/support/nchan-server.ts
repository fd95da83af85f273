/**
 * nginx + nchan as a fan-out peer (bench/fanout.bench.ts): Debian's `nginx`
 * with `libnginx-mod-nchan`, started as a child on a free port with its own
 * temporary config, one worker process. Windows are published over HTTP to
 * `/pub`; dashboards subscribe with EventSource on `/v1/stream`.
 * `/nchan_status` says how many subscribers there are. Its CPU is read from
 * /proc for the master and its workers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const kModule = '/usr/lib/nginx/modules/ngx_nchan_module.so';
const kNginxPaths = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'];

export interface Nchan {
  port: number;
  /** Master and worker pids, for /proc. */
  pids(): number[];
  subscribers(): Promise<number>;
  stop(): void;
}

/** Why nchan cannot run here, or null if nginx and the module are installed. */
export function nchanMissing(): string | null {
  if (kNginxPaths.every((p) => !existsSync(p))) return 'nginx is not installed';
  if (!existsSync(kModule)) return `the nchan module (${kModule}) is not installed`;
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function config(dir: string, port: number, resolution: number): string {
  return `
load_module ${kModule};
worker_processes 1;
worker_rlimit_nofile 65536;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 60000; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    location = /pub {
      nchan_publisher http;
      nchan_channel_id fan;
      nchan_message_buffer_length 50;
      nchan_message_timeout 60s;
    }
    location = /v1/stream {
      nchan_subscriber eventsource;
      nchan_channel_id fan;
      nchan_eventsource_event window;
      nchan_subscriber_first_message newest;
    }
    location = /nchan_status { nchan_stub_status; }
  }
}
# resolution ${resolution} ms
`;
}

function connectable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => { socket.destroy(); resolve(true); });
    socket.on('error', () => resolve(false));
  });
}

/** Children of `pid` (nginx workers), by scanning /proc for their parent. */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'latin1');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch { /* gone */ }
  }
  return out;
}

export async function startNchan(resolution: number): Promise<Nchan> {
  const binary = kNginxPaths.find((p) => existsSync(p))!;
  const dir = mkdtempSync(join(tmpdir(), 'sluice-nchan-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  const port = await freePort();
  writeFileSync(join(dir, 'nginx.conf'), config(dir, port, resolution));
  const child: ChildProcess = spawn(binary, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'inherit'] });
  let exited = false;
  child.once('exit', () => { exited = true; });
  for (let i = 0; i < 100 && !(await connectable(port)); i++) {
    if (exited) throw new Error(`nginx exited at start; see ${dir}/error.log: ${readFileSync(join(dir, 'error.log'), 'utf8').slice(-500)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  let workers: number[] = [];
  return {
    port,
    pids: () => {
      if (workers.length === 0) workers = childrenOf(child.pid!);
      return [child.pid!, ...workers];
    },
    subscribers: () => new Promise((resolve, reject) => {
      http.get({ host: '127.0.0.1', port, path: '/nchan_status' }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => { text += c; });
        res.on('end', () => resolve(Number(/subscribers: (\d+)/.exec(text)?.[1] ?? 0)));
      }).on('error', reject);
    }),
    stop: () => {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
