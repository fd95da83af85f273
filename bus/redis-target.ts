/**
 * How a Redis is named in logs and errors: its URL with any password
 * replaced by `***` (a user name stays: it helps and is not a secret), or a
 * Redis Cluster's seed nodes. ioredis reads a lone `redis://secret@host`
 * as a password, so that is redacted whole.
 */
export function redisTarget(options: { url?: string; clusterNodes?: string[] }): string {
  if (options.clusterNodes !== undefined) return `redis+cluster://${options.clusterNodes.join(',')}`;
  const url = options.url ?? '';
  // redis://[user][:password]@host… — no URL parser: an odd URL must still be redacted.
  const scheme = url.indexOf('://');
  const at = url.lastIndexOf('@');
  if (scheme < 0 || at < scheme) return url;
  const credentials = url.slice(scheme + 3, at);
  const colon = credentials.indexOf(':');
  if (colon < 0) return `${url.slice(0, scheme + 3)}***${url.slice(at)}`;
  return `${url.slice(0, scheme + 3)}${credentials.slice(0, colon)}:***${url.slice(at)}`;
}
