/**
 * HTTP written byte by byte on a raw TCP socket, for what fetch cannot send:
 * a request line split across TCP segments, HTTP/1.0.
 */
import net from 'node:net';

/**
 * Sends `parts` as separate TCP segments (no Nagle, a pause between them)
 * and resolves with everything the server sent until it closed or `quietMs`
 * passed without a byte.
 */
export async function rawExchange(port: number, parts: string[], { gapMs = 50, quietMs = 1000 } = {}): Promise<string> {
  const socket = net.connect(port, '127.0.0.1');
  socket.setNoDelay(true);
  let text = '';
  let timer: NodeJS.Timeout | null = null;
  const done = new Promise<string>((resolve, reject) => {
    const finish = (): void => { if (timer !== null) clearTimeout(timer); socket.destroy(); resolve(text); };
    const quiet = (): void => { if (timer !== null) clearTimeout(timer); timer = setTimeout(finish, quietMs); };
    socket.on('data', (chunk) => { text += chunk.toString('latin1'); quiet(); });
    socket.on('close', finish);
    socket.on('error', reject);
  });
  await new Promise<void>((resolve, reject) => { socket.once('connect', resolve); socket.once('error', reject); });
  for (const [i, part] of parts.entries()) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
    socket.write(part);
  }
  timer = setTimeout(() => socket.destroy(), quietMs * 3);
  return done;
}

/** The status code of a raw HTTP response. */
export function statusOf(response: string): number {
  return Number(/^HTTP\/1\.[01] (\d{3})/.exec(response)?.[1] ?? Number.NaN);
}
