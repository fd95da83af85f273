/**
 * Assembles live windows from the ingest nodes' shares, for one gateway.
 *
 * Each ingest node publishes, per window, one TOPIC_WINDOW per topic it has
 * series of, then one TICK naming (by hash) every topic it published. A
 * window is complete when every node that owes a share has ticked it and
 * sent each subscribed topic its tick named; it is overdue when a node owing
 * a share stays silent past the node timeout, and then goes out with that
 * node's share as a gap. Windows of one resolution are settled in order,
 * never before their end, and a window never overtakes an older one.
 *
 * A part that comes after its window went out, from a node whose share was
 * neither merged nor told as a gap, is a *late part*: a node this gateway
 * did not yet know of when it settled the window (it joined within one
 * membership refresh, or its lateness is longer than the others'). Its
 * metrics are in the history, not in what live clients got, so they are told.
 *
 * This holds no clients: it tells the gateway, through `AssemblyEvents`,
 * what to deliver and what to replay from history.
 */
import type { Bus, NodeInfo } from '../bus/bus.js';
import { kBusTick, kBusTopicWindow, readBusHeader, tickTopics } from '../wire/bus-messages.js';
import { hashString, kNameHashSeed } from '../wire/hash.js';
import { mergeByTopic, TopicWindow, type WindowPart } from './window-json.js';

/** Settled windows remembered per resolution, to tell a late part from one already accounted for. */
const kSettledKept = 64;
const kNoTopics = new Uint32Array(0);

/** Parts of a window that nodes named in their ticks but that never came. */
export interface OwedParts {
  start: number;
  parts: ReadonlyArray<{ topic: string; node: NodeInfo }>;
}

export interface AssemblyEvents {
  /** A window to deliver: its parts merged per topic, and the nodes whose share is missing (a `node_down` gap each). */
  deliver(resolution: number, start: number, parts: WindowPart[], silent: readonly NodeInfo[]): void;
  /**
   * This gateway missed messages of `resolution` (a node's ticks skipped a
   * window, or `owed` parts of a ticked window never came): replay from history.
   */
  missed(resolution: number, owed?: OwedParts): void;
  /** A part of an already settled window, from a node whose share was neither merged nor told as a gap (once per window, node and topic). */
  late(resolution: number, start: number, topic: string, node: number): void;
  /**
   * Each live window delivered: how long it waited for the ingest nodes
   * (first part seen → complete or overdue) and how long `deliver` took, in seconds.
   */
  delivered?: (waitSeconds: number, deliverSeconds: number) => void;
}

/** What one ingest node has sent of one window. */
interface NodeShare {
  ticked: boolean;
  parts: Map<string, TopicWindow>;
  /** Subscribed topics its tick named whose part has not come (kept as parts arrive). */
  owed: Set<string>;
}

/** One window as it arrives from the ingest nodes. */
class PendingWindow {
  readonly resolution: number;
  readonly start: number;
  readonly seenAt = Date.now();
  readonly nodes = new Map<number, NodeShare>();
  constructor(resolution: number, start: number) {
    this.resolution = resolution;
    this.start = start;
  }
  /**
   * When the nodes' shares are due: at the window's end, or when it was first
   * seen if later. A node's drain ticks a coarse window early; the other
   * nodes still owe theirs only at its end.
   */
  get dueAt(): number {
    return Math.max(this.seenAt, this.end);
  }
  get end(): number {
    return this.start + this.resolution;
  }
  node(hash: number): NodeShare {
    let share = this.nodes.get(hash);
    if (share === undefined) this.nodes.set(hash, (share = { ticked: false, parts: new Map(), owed: new Set() }));
    return share;
  }
  /** Whether `node` ticked this window and sent every subscribed topic its tick named. */
  done(node: number): boolean {
    const share = this.nodes.get(node);
    return share !== undefined && share.ticked && share.owed.size === 0;
  }
}

export class WindowAssembly {
  readonly #bus: Pick<Bus, 'liveNodes' | 'knownNodes'>;
  readonly #nodeTimeoutMs: number;
  readonly #events: AssemblyEvents;
  /** `${resolution}:${start}` → what the nodes have sent of that window so far. */
  readonly #pending = new Map<string, PendingWindow>();
  /** Per resolution: start of the newest window delivered (or given up to history). */
  readonly #lastTick = new Map<number, number>();
  /** `${resolution}|${node}` → start of the last tick from that node. */
  readonly #nodeLastTick = new Map<string, number>();
  /** Per resolution: topic hash → subscribed topics with that hash. */
  readonly #subscribedHashes = new Map<number, Map<number, Set<string>>>();
  /**
   * Per resolution: start of each recently settled window → what of it is
   * accounted for: node hashes whose share was merged, told as a gap or left
   * to the history, and `node|topic` of late parts already reported.
   */
  readonly #settled = new Map<number, Map<number, Set<number | string>>>();

  constructor(bus: Pick<Bus, 'liveNodes' | 'knownNodes'>, nodeTimeoutMs: number, events: AssemblyEvents) {
    this.#bus = bus;
    this.#nodeTimeoutMs = nodeTimeoutMs;
    this.#events = events;
  }

  /** Windows waiting for a node's part or tick (or for their end). */
  get waiting(): number {
    return this.#pending.size;
  }

  /** Start of the newest window of `resolution` settled live (-∞ before the first). */
  lastDelivered(resolution: number): number {
    return this.#lastTick.get(resolution) ?? Number.NEGATIVE_INFINITY;
  }

  /** The gateway subscribed to `topic`: the ticks naming it now make windows wait for its parts. */
  subscribed(resolution: number, topic: string): void {
    let hashes = this.#subscribedHashes.get(resolution);
    if (hashes === undefined) this.#subscribedHashes.set(resolution, (hashes = new Map()));
    const hash = hashString(topic, kNameHashSeed);
    (hashes.get(hash) ?? hashes.set(hash, new Set()).get(hash)!).add(topic);
  }

  /** The gateway unsubscribed from `topic`: pending windows stop waiting for it. */
  unsubscribed(resolution: number, topic: string): void {
    this.#subscribedHashes.get(resolution)?.get(hashString(topic, kNameHashSeed))?.delete(topic);
    for (const pending of this.#pending.values()) {
      if (pending.resolution === resolution) for (const share of pending.nodes.values()) share.owed.delete(topic);
    }
  }

  /** A TOPIC_WINDOW message from the bus. */
  topicWindow(payload: Uint8Array): void {
    const header = readBusHeader(payload);
    if (header === null || header.type !== kBusTopicWindow) return;
    const window = TopicWindow.read(payload);
    if (header.start <= this.lastDelivered(header.resolution)) return this.#latePart(header.resolution, header.start, header.node, window.topic);
    const share = this.#pendingWindow(header.resolution, header.start).node(header.node);
    share.parts.set(window.topic, window);
    // Parts usually come before their node's tick; only then can one complete a window.
    if (share.ticked && share.owed.delete(window.topic)) this.settle(header.resolution);
  }

  /** A TICK message from the bus. */
  tick(payload: Uint8Array): void {
    const header = readBusHeader(payload);
    if (header === null || header.type !== kBusTick) return;
    if (this.#tick(header.resolution, header.start, header.node, tickTopics(payload))) this.settle(header.resolution);
  }

  /**
   * Ticks come again after a pause (a gateway thread with no client is not
   * sent them): what was pending is dropped, nothing counts as missed, and
   * the recent ticks `recent` ([resolution, start, node], oldest first) are
   * taken as if they had come, each window after `floors` (per resolution:
   * the windows up to it count as delivered) settling as it would have.
   * Only with no subscription: the recent ticks name no topics.
   */
  resume(floors: ReadonlyArray<readonly [number, number]>, recent: ReadonlyArray<readonly [number, number, number]>): void {
    this.#pending.clear();
    this.#nodeLastTick.clear();
    for (const [resolution, floor] of floors) this.#lastTick.set(resolution, Math.max(floor, this.lastDelivered(resolution)));
    const resolutions = new Set<number>();
    for (const [resolution, start, node] of recent) {
      this.#tick(resolution, start, node, kNoTopics);
      resolutions.add(resolution);
    }
    for (const resolution of resolutions) this.settle(resolution);
  }

  /** Takes a node's tick; true if a pending window took it (settle then). */
  #tick(resolution: number, start: number, node: number, topics: ArrayLike<number>): boolean {
    // A node's ticks skipped a window: this gateway lost its messages; fetch them from history.
    const nodeKey = `${resolution}|${node}`;
    const last = this.#nodeLastTick.get(nodeKey);
    if (last !== undefined && start <= last) return false; // a duplicate tick
    this.#nodeLastTick.set(nodeKey, start);
    if (last !== undefined && start > last + resolution) this.#events.missed(resolution);
    if (start <= this.lastDelivered(resolution)) return false;
    const share = this.#pendingWindow(resolution, start).node(node);
    share.ticked = true;
    const subscribed = this.#subscribedHashes.get(resolution);
    for (let i = 0; i < topics.length; i++) {
      for (const topic of subscribed?.get(topics[i]!) ?? []) if (!share.parts.has(topic)) share.owed.add(topic);
    }
    return true;
  }

  /**
   * Delivers, oldest first, the pending windows of `resolution` that are
   * complete (every node owing a share ticked them and sent every subscribed
   * topic its tick names) or overdue (a node silent past the node timeout:
   * its share becomes a gap). `now = +∞` is this gateway closing: what is
   * complete goes out even before its end (the node's own drain ticked it),
   * and what still waits for a live node stays for the history, where the
   * clients told to reconnect resume it: a node that merely has not ticked
   * yet is not down.
   */
  settle(resolution: number, now = Date.now()): void {
    const closing = !Number.isFinite(now);
    const at = closing ? Date.now() : now;
    const waiting = [...this.#pending.values()].filter((p) => p.resolution === resolution).sort((a, b) => a.start - b.start);
    const live = new Set(this.#bus.liveNodes().map((n) => n.hash));
    const known = this.#bus.knownNodes();
    for (const pending of waiting) {
      // Never settled before its end: a node that drains ticks its open
      // coarse window early, and a node started since (the same id restarted,
      // say) owes the rest of it.
      if (!closing && now < pending.end) return;
      const expected = this.#owing(known, pending);
      const missing = expected.filter((n) => !pending.done(n.hash));
      const anyTick = [...pending.nodes.values()].some((e) => e.ticked);
      const complete = missing.length === 0 && (expected.length > 0 || anyTick);
      const overdue = at - pending.dueAt >= this.#nodeTimeoutMs || (missing.length > 0 && missing.every((n) => !live.has(n.hash)));
      if (!complete && !overdue) return;
      this.#pending.delete(`${resolution}:${pending.start}`);
      this.#lastTick.set(resolution, Math.max(pending.start, this.lastDelivered(resolution)));
      // Nodes that never ticked are down: their share is a gap. Nodes that
      // ticked but whose topic messages never came (this gateway subscribed
      // too late, or lost them): the window is replayed from history instead.
      const silent = missing.filter((n) => pending.nodes.get(n.hash)?.ticked !== true);
      const replayed = !complete && silent.length === 0 && !closing;
      this.#account(resolution, pending, replayed ? expected : silent);
      if (replayed) {
        this.#events.missed(resolution, { start: pending.start, parts: missing.flatMap((node) => [...pending.nodes.get(node.hash)!.owed].map((topic) => ({ topic, node }))) });
        continue;
      }
      const began = performance.now();
      const parts = mergeByTopic([...pending.nodes.values()].flatMap((share) => [...share.parts.values()]));
      this.#events.deliver(resolution, pending.start, parts, silent);
      if (!closing) this.#events.delivered?.(Math.max(0, now - pending.seenAt) / 1000, (performance.now() - began) / 1000);
    }
  }

  /**
   * Records what of a settled window is accounted for: the shares merged
   * whole, and `told` (gapped, or replayed from history). Keeps the last
   * kSettledKept windows per resolution; a part older than those is late.
   */
  #account(resolution: number, pending: PendingWindow, told: readonly NodeInfo[]): void {
    const accounted = this.#accounted(resolution, pending.start);
    for (const node of told) accounted.add(node.hash);
    for (const hash of pending.nodes.keys()) if (pending.done(hash)) accounted.add(hash);
  }

  #latePart(resolution: number, start: number, node: number, topic: string): void {
    // (No record of the window: one this gateway never had a part of, or older than those kept.)
    const accounted = this.#accounted(resolution, start);
    const key = `${node}|${topic}`;
    if (accounted.has(node) || accounted.has(key)) return;
    accounted.add(key);
    this.#events.late(resolution, start, topic, node);
  }

  /** What of the settled window at `start` is accounted for (recorded on first use; the oldest record goes past kSettledKept). */
  #accounted(resolution: number, start: number): Set<number | string> {
    let settled = this.#settled.get(resolution);
    if (settled === undefined) this.#settled.set(resolution, (settled = new Map()));
    let accounted = settled.get(start);
    if (accounted === undefined) {
      settled.set(start, (accounted = new Set()));
      if (settled.size > kSettledKept) settled.delete(settled.keys().next().value!);
    }
    return accounted;
  }

  #pendingWindow(resolution: number, start: number): PendingWindow {
    const key = `${resolution}:${start}`;
    let pending = this.#pending.get(key);
    if (pending === undefined) this.#pending.set(key, (pending = new PendingWindow(resolution, start)));
    return pending;
  }

  /**
   * The nodes that owe a share of `pending`: started before it ended, and
   * not gone before it began, i.e. heard from within the node timeout of its
   * start. A node that dies mid-window therefore still owes its share (a gap
   * when it never comes), however late the window is first seen (a coarse
   * one, at its end); a node that left cleanly ticked every window it owes.
   */
  #owing(known: readonly NodeInfo[], pending: PendingWindow): NodeInfo[] {
    return known.filter((n) => n.startedAt < pending.end && n.lastSeen + this.#nodeTimeoutMs > pending.start);
  }
}
