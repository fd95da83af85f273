/**
 * The stream side of the gateway: every SSE client, in groups, and what
 * they are sent. No HTTP here: the gateway (./sse-gateway.ts) admits a
 * request and hands the hub a client ready to stream.
 *
 * Connections asking for the same thing (same resolution, globs and label
 * filters) form one group; a group's frame for a window is encoded once and
 * written to all its clients. The hub subscribes on the bus only to the
 * topics some group matches (reference-counted); `WindowAssembly` gathers
 * the nodes' shares of each window, and the hub delivers one `window`
 * event per client.
 *
 * Missed windows are never silent. A client resuming with Last-Event-ID is
 * replayed what it missed from the bus history; a window the history no
 * longer has becomes a `gap` event. Ticks come for every window, so a
 * gateway that lost its subscription for a while sees the jump (or is told
 * by the bus) and replays the missed windows to its groups the same way.
 * Heartbeats keep idle streams open; a client that takes nothing for
 * `clientStallMs` is disconnected.
 */
import type { DisconnectReason } from '../catalogue/reasons.js';
import type { Bus, NodeInfo } from '../bus/bus.js';
import { gapFrame, windowFrame } from './frames.js';
import { HistoryReader } from './history-reader.js';
import type { SseClient, SseClientStats } from './sse-client.js';
import type { StreamFilter } from './stream-filter.js';
import { WindowAssembly, type OwedParts } from './window-assembly.js';
import { mergeByTopic, type TopicWindow, type WindowPart } from './window-json.js';

export interface StreamHubOptions {
  bus: Bus;
  /** Resolutions offered, ms ascending; the first is the default. */
  resolutions: readonly number[];
  heartbeatMs: number;
  clientStallMs: number;
  /** A window waits at most this long for an ingest node's share, then goes out with a gap for it. */
  nodeTimeoutMs: number;
  /** Each live window delivered: its wait for the nodes and its delivery, in seconds. */
  onDelivered?: (waitSeconds: number, deliverSeconds: number) => void;
  /** A replay's continuation threw (counted as a handler error; the hub keeps serving). */
  onError: (error: unknown) => void;
  /** A client left (a gateway thread tells the main thread's connection counts). */
  onRemoved?: (client: SseClient) => void;
}

/** The counts the hub keeps (part of the gateway's stats). */
export interface StreamStats extends SseClientStats {
  connected: number;
  framesEncoded: number;
  replays: number;
  /** Connections sent the recent past first (`backfill=`). */
  backfills: number;
  /** Parts of windows already delivered without them (told as `late_part` gaps). */
  lateParts: number;
  disconnects: Map<DisconnectReason, number>;
  /** Settle timers armed (a window waited past the turn it arrived in); absent until the first. */
  settleTimers?: number;
  /** Heartbeat timers started (one each time a client comes to a gateway that had none); absent until the first. */
  heartbeatTimers?: number;
  /** Ticks taken from the bus; absent until the first. */
  ticks?: number;
  /** Times ticks came again after a pause (a gateway thread with no client is sent none); absent until the first. */
  tickResumes?: number;
}

/** How a new client begins: live only, resuming after its Last-Event-ID, or with the last `windows` windows first. */
export type StreamStart = { kind: 'live' } | { kind: 'resume'; after: number } | { kind: 'backfill'; windows: number };

class Group {
  readonly filter: StreamFilter;
  readonly clients = new Set<SseClient>();
  readonly topics = new Set<string>();
  /** Start of the last window delivered to this group. */
  lastStart: number;
  /** `start|node` of the last late-part gap sent (one per window and node, however many topics). */
  lastLateGap = '';
  /** When its first client came (a group that has had no window yet is owed those closing after). */
  readonly joinedAt = Date.now();
  constructor(filter: StreamFilter, lastStart: number) {
    this.filter = filter;
    this.lastStart = lastStart;
  }
}

export class StreamHub {
  readonly history: HistoryReader;
  readonly #options: StreamHubOptions;
  readonly #stats: StreamStats;
  readonly #groups = new Map<string, Group>();
  readonly #clientGroup = new Map<SseClient, Group>();
  readonly #perAddress = new Map<string, number>();
  /** Topics known to exist (directory from the bus). */
  readonly #topics = new Set<string>();
  /** `${resolution}|${topic}` → number of groups needing it. */
  readonly #topicRefs = new Map<string, number>();
  readonly #assembly: WindowAssembly;
  #settler: NodeJS.Timeout | null = null;
  /** A check at the end of this turn will arm the settler if a window still waits. */
  #settleCheckQueued = false;
  /** Timers may run (between `startTimers` and `stopTimers`). */
  #running = false;
  #heartbeat: NodeJS.Timeout | null = null;
  readonly #onTopicWindow = (payload: Uint8Array): void => { this.#assembly.topicWindow(payload); this.#armSettler(); };

  constructor(options: StreamHubOptions, stats: StreamStats) {
    this.#options = options;
    this.#stats = stats;
    this.history = new HistoryReader(options.bus);
    this.#assembly = new WindowAssembly(options.bus, options.nodeTimeoutMs, {
      deliver: (resolution, start, parts, silent) => this.#deliver(resolution, start, parts, silent),
      missed: (resolution, owed) => this.#catchUpAll(resolution, owed),
      late: (resolution, start, topic, node) => this.#latePart(resolution, start, topic, node),
      delivered: options.onDelivered,
    });
  }

  /** Follows the bus: its topic directory, its ticks and its resubscriptions (a gateway that serves streams). */
  async followBus(): Promise<void> {
    const bus = this.#options.bus;
    bus.onTopic((topic) => this.#addTopic(topic));
    bus.onTick((payload) => {
      this.#stats.ticks = (this.#stats.ticks ?? 0) + 1;
      this.#assembly.tick(payload);
      this.#armSettler();
    });
    bus.onResubscribed((first) => this.#catchUpAll(undefined, undefined, first));
    for (const topic of await bus.knownTopics()) this.#addTopic(topic);
  }

  /**
   * Ticks come again after a pause: a gateway thread with no client is sent
   * none (./gateway-threads.ts), and is sent the recent ones when its first
   * client is admitted, before the client joins (see WindowAssembly.resume).
   */
  resumeTicks(floors: ReadonlyArray<readonly [number, number]>, recent: ReadonlyArray<readonly [number, number, number]>): void {
    this.#stats.tickResumes = (this.#stats.tickResumes ?? 0) + 1;
    this.#assembly.resume(floors, recent);
    this.#armSettler();
  }

  /** Lets the heartbeat and the settler run; once the port listens. */
  startTimers(): void {
    this.#running = true;
    this.#armHeartbeat();
  }

  /** Heartbeats (and stall checks) run while some client is connected: a gateway nobody watches has no timer. */
  #armHeartbeat(): void {
    if (!this.#running || this.#clientGroup.size === 0) {
      if (this.#heartbeat !== null) { clearInterval(this.#heartbeat); this.#heartbeat = null; }
      return;
    }
    if (this.#heartbeat !== null) return;
    const every = Math.max(10, Math.min(1000, Math.floor(this.#options.heartbeatMs / 3)));
    this.#heartbeat = setInterval(() => this.#beat(), every);
    this.#heartbeat.unref();
    this.#stats.heartbeatTimers = (this.#stats.heartbeatTimers ?? 0) + 1;
  }

  /** Stops every timer, then delivers what is pending (a stopping node has published its last windows). */
  stopTimers(): void {
    this.#running = false;
    if (this.#heartbeat !== null) { clearInterval(this.#heartbeat); this.#heartbeat = null; }
    if (this.#settler !== null) clearTimeout(this.#settler);
    for (const resolution of this.#options.resolutions) this.#assembly.settle(resolution, Number.POSITIVE_INFINITY);
  }

  /** Tells every client to reconnect and ends its stream. */
  endAll(): void {
    for (const client of [...this.#clientGroup.keys()]) {
      client.sendControl(': server stopping, reconnect\n\n');
      client.end();
      this.remove(client, 'shutdown');
    }
  }

  get clients(): number {
    return this.#clientGroup.size;
  }

  get groups(): number {
    return this.#groups.size;
  }

  /** Clients connected from `address`. */
  clientsFrom(address: string): number {
    return this.#perAddress.get(address) ?? 0;
  }

  /** The largest queue any client has right now (bytes not yet taken by the engine). */
  maxClientQueueBytes(): number {
    let max = 0;
    for (const client of this.#clientGroup.keys()) max = Math.max(max, client.queuedBytes);
    return max;
  }

  /** Topics this hub is subscribed to, as `resolution|topic`. */
  get subscriptions(): string[] {
    return [...this.#topicRefs.keys()];
  }

  /** Known topics `matches` accepts. */
  topicsMatching(matches: (topic: string) => boolean): string[] {
    return [...this.#topics].filter(matches);
  }

  /** Start of the last window delivered at `resolution` (the history reads' epoch). */
  lastDelivered(resolution: number): number {
    return this.#assembly.lastDelivered(resolution);
  }

  /**
   * Windows waiting for a node that stopped answering go out when it is
   * overdue: checked every 100 ms while a window waits, with no timer while
   * none does (an idle gateway, or one whose windows complete on their tick).
   * The timer is armed only if a window still waits at the end of the turn
   * its part came in: the in-process bus hands over a window's parts and its
   * tick in one turn, and a timer armed for the parts and cleared at the
   * tick still woke the thread 100 ms later (Node leaves the libuv timer of
   * a cleared timeout armed): one wake-up per window for nothing.
   */
  #armSettler(): void {
    if (this.#assembly.waiting === 0) {
      if (this.#settler !== null) { clearTimeout(this.#settler); this.#settler = null; }
      return;
    }
    if (this.#settler !== null || this.#settleCheckQueued || !this.#running) return;
    this.#settleCheckQueued = true;
    queueMicrotask(() => {
      this.#settleCheckQueued = false;
      if (this.#assembly.waiting === 0 || this.#settler !== null || !this.#running) return;
      this.#stats.settleTimers = (this.#stats.settleTimers ?? 0) + 1;
      this.#settler = setTimeout(() => {
        this.#settler = null;
        for (const resolution of this.#options.resolutions) this.#assembly.settle(resolution);
        this.#armSettler();
      }, 100);
      this.#settler.unref();
    });
  }

  // ------------------------------------------------------------ membership

  /** A new client (headers out) joins the group of its filter, then is replayed what `begin` asks. */
  add(client: SseClient, filter: StreamFilter, begin: StreamStart): void {
    const group = this.#join(client, filter);
    if (begin.kind === 'resume') this.#resume(client, group, begin.after);
    else if (begin.kind === 'backfill') this.#backfill(client, group, begin.windows);
  }

  #join(client: SseClient, filter: StreamFilter): Group {
    let group = this.#groups.get(filter.key);
    if (group === undefined) {
      group = new Group(filter, this.#assembly.lastDelivered(filter.resolution));
      this.#groups.set(filter.key, group);
      for (const topic of this.#topics) if (filter.matchesTopic(topic)) this.#groupTopic(group, topic);
    }
    group.clients.add(client);
    this.#clientGroup.set(client, group);
    this.#perAddress.set(client.address, (this.#perAddress.get(client.address) ?? 0) + 1);
    this.#stats.connected++;
    this.#armHeartbeat();
    return group;
  }

  /** A client leaves (counted under `reason`); its group goes with its last client, and topics with their last group. */
  remove(client: SseClient, reason: DisconnectReason): void {
    const group = this.#clientGroup.get(client);
    if (group === undefined) return;
    this.#clientGroup.delete(client);
    this.#stats.disconnects.set(reason, (this.#stats.disconnects.get(reason) ?? 0) + 1);
    const left = (this.#perAddress.get(client.address) ?? 1) - 1;
    if (left > 0) this.#perAddress.set(client.address, left);
    else this.#perAddress.delete(client.address);
    group.clients.delete(client);
    if (group.clients.size === 0) {
      this.#groups.delete(group.filter.key);
      for (const topic of group.topics) this.#unref(group.filter.resolution, topic);
    }
    this.#armHeartbeat();
    this.#options.onRemoved?.(client);
  }

  #addTopic(topic: string): void {
    if (this.#topics.has(topic)) return;
    this.#topics.add(topic);
    for (const group of this.#groups.values()) if (group.filter.matchesTopic(topic)) this.#groupTopic(group, topic);
  }

  #groupTopic(group: Group, topic: string): void {
    group.topics.add(topic);
    const resolution = group.filter.resolution;
    const key = `${resolution}|${topic}`;
    const refs = this.#topicRefs.get(key) ?? 0;
    this.#topicRefs.set(key, refs + 1);
    if (refs > 0) return;
    this.#assembly.subscribed(resolution, topic);
    this.#options.bus.subscribe(resolution, topic, this.#onTopicWindow);
  }

  #unref(resolution: number, topic: string): void {
    const key = `${resolution}|${topic}`;
    const refs = (this.#topicRefs.get(key) ?? 1) - 1;
    if (refs > 0) return void this.#topicRefs.set(key, refs);
    this.#topicRefs.delete(key);
    this.#assembly.unsubscribed(resolution, topic);
    this.#options.bus.unsubscribe(resolution, topic);
  }

  // ---------------------------------------------------------------- replay

  /**
   * The windows after `after` for `group`, from the bus history, as frames,
   * and the gap (if the history no longer reaches back to `after`).
   */
  async #replayFrames(group: Group, after: number): Promise<{ frames: Array<{ start: number; frame: Buffer }>; gap: { from: number; to: number } | null; present: Set<string> }> {
    const resolution = group.filter.resolution;
    const epoch = this.#assembly.lastDelivered(resolution);
    const histories = await Promise.all([...group.topics].map((topic) => this.history.read(resolution, topic, after, epoch)));
    const byStart = new Map<number, TopicWindow[]>();
    /** `${start}|${topic}|${node}` of every part the history holds. */
    const present = new Set<string>();
    let horizon = Number.NEGATIVE_INFINITY;
    for (const history of histories) {
      horizon = Math.max(horizon, history.horizon);
      for (const window of history.windows) {
        present.add(`${window.start}|${window.topic}|${window.node}`);
        const list = byStart.get(window.start);
        if (list === undefined) byStart.set(window.start, [window]);
        else list.push(window);
      }
    }
    const frames: Array<{ start: number; frame: Buffer }> = [];
    for (const start of [...byStart.keys()].sort((a, b) => a - b)) {
      const frame = windowFrame(group.filter, group.topics, resolution, start, mergeByTopic(byStart.get(start)!));
      if (frame !== null) frames.push({ start, frame });
    }
    const from = after + resolution;
    const gap = Number.isFinite(horizon) && from < horizon ? { from, to: horizon } : null;
    return { frames, gap, present };
  }

  /**
   * Replays to one client what it missed since `after` (its Last-Event-ID).
   * A backfill (`expiredIsGap` false) asked for windows it never had: the
   * part the history no longer holds was not missed, so it is no gap.
   */
  #resume(client: SseClient, group: Group, after: number, expiredIsGap = true): void {
    if (expiredIsGap) this.#stats.replays++;
    client.beginReplay();
    this.#replayFrames(group, after).then(({ frames, gap }) => {
      if (gap !== null && expiredIsGap) { client.sendControl(gapFrame(gap.from, gap.to, 'history_expired')); this.#stats.gaps++; }
      for (const { start, frame } of frames) client.sendWindow(frame, start);
    }, () => {
      client.sendControl(gapFrame(after + group.filter.resolution, Date.now(), 'bus_unavailable'));
      this.#stats.gaps++;
    }).finally(() => client.endReplay()).catch((error: unknown) => this.#options.onError(error));
  }

  /**
   * Sends a new client the last `windows` windows before the live ones,
   * through the resume path: same shared history reads, live windows held
   * back meanwhile and sent after, each window once, in order.
   */
  #backfill(client: SseClient, group: Group, windows: number): void {
    this.#stats.backfills++;
    const resolution = group.filter.resolution;
    const newest = this.#assembly.lastDelivered(resolution);
    // Before any tick, the newest window that can have closed is the one before now's.
    const last = Number.isFinite(newest) ? newest : Math.floor(Date.now() / resolution) * resolution - resolution;
    this.#resume(client, group, last - windows * resolution, false);
  }

  /** `#catchUp` for every group (of `resolution`, if given). */
  #catchUpAll(resolution?: number, owed?: OwedParts, sinceJoined = false): void {
    for (const group of this.#groups.values()) if (resolution === undefined || group.filter.resolution === resolution) this.#catchUp(group, owed, sinceJoined);
  }

  /**
   * Replays to a whole group what the gateway missed since its last delivery.
   * `owed`: parts of the window at `start` that nodes named in their ticks
   * but that never came; any the history does not hold either were lost on
   * the way (a publish Redis refused), and the clients are told, per node.
   * `sinceJoined`: the bus was first reached only now, so nothing before
   * reached this gateway live: everything since the group's clients came.
   */
  #catchUp(group: Group, owed?: OwedParts, sinceJoined = false): void {
    // A group that has had no window yet still gets the owed one, or else
    // every window from the one before the one open when its clients came
    // (with lateness, that one may have closed after they came: one window
    // too many at worst, never one missed).
    const resolution = group.filter.resolution;
    const joined = Math.floor(group.joinedAt / resolution) * resolution - 2 * resolution;
    const after = Number.isFinite(group.lastStart) ? (sinceJoined ? Math.min(group.lastStart, joined) : group.lastStart)
      : owed !== undefined ? owed.start - resolution
      : joined;
    for (const client of group.clients) client.beginReplay();
    this.#replayFrames(group, after).then(({ frames, gap, present }) => {
      const lost = new Set<string>();
      for (const part of owed?.parts ?? []) {
        if (group.topics.has(part.topic) && !present.has(`${owed!.start}|${part.topic}|${part.node.hash}`)) lost.add(part.node.id);
      }
      for (const client of group.clients) {
        if (gap !== null) { client.sendControl(gapFrame(gap.from, gap.to, 'bus_unavailable')); this.#stats.gaps++; }
        for (const node of lost) {
          client.sendControl(gapFrame(owed!.start, owed!.start + group.filter.resolution, 'bus_unavailable', node));
          this.#stats.gaps++;
        }
        for (const { start, frame } of frames) client.sendWindow(frame, start);
      }
      const newest = frames.at(-1)?.start;
      if (newest !== undefined && newest > group.lastStart) group.lastStart = newest;
    }, () => {
      for (const client of group.clients) client.sendControl(gapFrame(after + group.filter.resolution, Date.now(), 'bus_unavailable'));
      this.#stats.gaps += group.clients.size;
    }).finally(() => { for (const client of group.clients) client.endReplay(); }).catch((error: unknown) => this.#options.onError(error));
  }

  // -------------------------------------------------------------- delivery

  /** One live window to every group of its resolution, after a `node_down` gap per node in `missing`. */
  #deliver(resolution: number, start: number, parts: WindowPart[], missing: readonly NodeInfo[]): void {
    for (const group of this.#groups.values()) {
      if (group.filter.resolution !== resolution) continue;
      group.lastStart = Math.max(group.lastStart, start);
      if (group.clients.size === 0) continue;
      for (const node of missing) {
        const gap = gapFrame(start, start + resolution, 'node_down', node.id);
        for (const client of group.clients) client.sendControl(gap);
        this.#stats.gaps += group.clients.size;
      }
      const frame = windowFrame(group.filter, group.topics, resolution, start, parts, missing.length > 0);
      if (frame === null) continue;
      this.#stats.framesEncoded++;
      for (const client of group.clients) client.sendWindow(frame, start);
    }
  }

  /**
   * A node's part of a window already delivered without it (see
   * WindowAssembly): the history has it, live clients did not get it; they
   * are told with a `gap` (reason `late_part`), and it is counted.
   */
  #latePart(resolution: number, start: number, topic: string, node: number): void {
    this.#stats.lateParts++;
    const id = this.#options.bus.knownNodes().find((n) => n.hash === node)?.id ?? `node-${node.toString(16)}`;
    const key = `${start}|${node}`;
    const gap = gapFrame(start, start + resolution, 'late_part', id);
    for (const group of this.#groups.values()) {
      if (group.filter.resolution !== resolution || !group.topics.has(topic) || group.lastLateGap === key) continue;
      group.lastLateGap = key;
      for (const client of group.clients) client.sendControl(gap);
      this.#stats.gaps += group.clients.size;
    }
  }

  #beat(): void {
    const now = Date.now();
    const due = now - this.#options.heartbeatMs;
    for (const client of [...this.#clientGroup.keys()]) {
      if (client.stalled(now, this.#options.clientStallMs)) {
        client.close('slow_consumer');
        this.remove(client, 'slow_consumer');
      } else if (client.lastWriteAt <= due) {
        client.sendControl(': heartbeat\n\n');
      }
    }
  }
}
