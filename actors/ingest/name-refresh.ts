/**
 * Keeps this ingest node's metric names alive in the topic directory: every
 * `refreshMs` it refreshes the names SeriesAdmission still knows (a few
 * batched commands on Redis). A name forgotten here (all its series evicted)
 * is no longer refreshed and leaves the directory after `ttlMs`, unless
 * another node still has it.
 *
 * Gateways learn of a forgotten topic only lazily: they read the directory
 * when they start and then add what is announced; a topic that left the
 * directory stays subscribed in a running gateway until it restarts.
 */
import type { Bus } from '../../bus/bus.js';

export interface NameDirectoryTiming {
  /** How often an ingest node refreshes its live names. */
  refreshMs: number;
  /** A name neither announced nor refreshed for this long leaves the directory. */
  ttlMs: number;
}

/**
 * Derived from the eviction horizon (a series idle for `idleWindows`
 * windows is evicted, its name with its last series): a refresh every
 * quarter of it (between 250 ms and 60 s), and a TTL of three refreshes, so
 * a live name survives two missed refreshes (Redis away for a moment).
 */
export function nameDirectoryTiming(options: { idleWindows: number; windowMs: number; latenessMs: number }): NameDirectoryTiming {
  const horizonMs = options.idleWindows * options.windowMs + options.latenessMs;
  const refreshMs = Math.min(60_000, Math.max(250, Math.floor(horizonMs / 4)));
  return { refreshMs, ttlMs: 3 * refreshMs };
}

/** Starts the refresh; call the returned function to stop it. */
export function refreshNames(bus: Pick<Bus, 'refreshTopics'>, names: () => string[], refreshMs: number): () => void {
  const timer = setInterval(() => bus.refreshTopics(names()), refreshMs);
  timer.unref();
  return () => clearInterval(timer);
}
