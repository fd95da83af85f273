/**
 * Sluice dashboard: one panel per metric name, a line per series, drawn with
 * uPlot from the windows streamed by GET /v1/stream. Plain ES module, no
 * build step.
 *
 * - Everything chosen lives in the URL query, so a view is a link and a
 *   reload restores it: match=, label=, resolution=, range=, theme=,
 *   stat=<name>:<statistic>, group=<name>:<label key>, only=<name>:<line>.
 *   With no match= the page charts the busiest metric names (most series in
 *   their latest window, from /v1/series) without writing them in the URL,
 *   so the landing view stays "the busiest now". A `lastEventId` there goes
 *   to the first stream only (a browser cannot set Last-Event-ID itself).
 * - One EventSource per page, opened with `backfill=<range>`: the gateway
 *   sends the recent past from its history first, so charts fill at once.
 *   Any change of selection, resolution or range starts over: charts are
 *   cleared and a new stream backfills them.
 * - A window only writes into the rings; panels are drawn once per
 *   animation frame, so a burst (a backfill, a busy tab) costs one redraw,
 *   and only the lines shown are read out of a ring. The table alternative
 *   is written only while open, a row per window, appended.
 * - Points live in a fixed ring per panel (one Float64Array per series,
 *   range / resolution slots, at most kMaxPoints): memory does not grow
 *   with time.
 * - Statistic per panel: gauge avg, counter rate, histogram p99 by default;
 *   switchable among what the window JSON carries for the kind (p999 is
 *   carried for histograms). "Group by" a label sums count and rate across
 *   the series of a group, and averages every other statistic.
 * - Past kMaxLines lines a panel shows the top ones by the statistic's
 *   latest value and says how many it hides.
 * - Label maps are Maps (a label key `__proto__` is a key like any other).
 */
import uPlot from './uPlot.esm.js';

const kMaxPoints = 900;
const kMaxLines = 20;
/** How often, at most, a panel re-ranks its lines while nothing else changes. */
const kRerankMs = 1000;
/**
 * Redraws at most this often: with short windows, drawing every one would
 * keep the main thread busy redrawing a canvas whose pixels barely move.
 */
const kMinFrameGapMs = 100;
const kMaxSeriesPerPanel = 2000;
const kLandingPanels = 4;
const kMaxGapsShown = 100;
const kResolutions = ['1s', '10s', '60s'];
const kRanges = ['1m', '5m', '15m'];
const kFields = ['count', 'sum', 'min', 'max', 'last', 'avg', 'rate', 'p50', 'p90', 'p99', 'p999'];
const kFieldIndex = new Map(kFields.map((f, i) => [f, i]));
const kStatsByKind = new Map([
  ['gauge', ['avg', 'last', 'min', 'max', 'count']],
  ['counter', ['rate', 'count', 'avg', 'last', 'min', 'max']],
  ['histogram', ['p99', 'p50', 'p90', 'p999', 'avg', 'min', 'max', 'last', 'count']],
]);
/** Statistics that add up across series when grouped; the others are averaged. */
const kSummed = new Set(['count', 'rate']);
const kPalette = ['#2563eb', '#ea580c', '#16a34a', '#9333ea', '#dc2626', '#0891b2', '#ca8a04', '#db2777', '#4f46e5', '#65a30d',
  '#0d9488', '#c2410c', '#7c3aed', '#be123c', '#0284c7', '#a16207', '#15803d', '#6d28d9', '#b91c1c', '#0e7490'];

const $ = (id) => document.getElementById(id);
const ui = {
  state: $('state'), freshness: $('freshness'), detail: $('detail'),
  find: $('find'), pattern: $('pattern'), names: $('names'), namesHint: $('names-hint'),
  labels: $('labels'), resolution: $('resolution'), range: $('range'), theme: $('theme'),
  gaps: $('gaps'), noGaps: $('no-gaps'), charts: $('charts'), chartsHint: $('charts-hint'),
};

// ------------------------------------------------------------------ state

const query = new URLSearchParams(location.search);
const token = query.get('token'); // passed through when the gateway requires one
/** `name:value` pairs of the URL as a Map name → value (the last one wins). */
const pairs = (key) => {
  const out = new Map();
  for (const text of query.getAll(key)) {
    const at = text.indexOf(':');
    if (at > 0) out.set(text.slice(0, at), text.slice(at + 1));
  }
  return out;
};
const selection = {
  match: [...new Set(query.getAll('match').filter((m) => m !== ''))],
  labels: query.getAll('label').filter(isLabelFilter),
  /** '' = the server's default (its finest). */
  resolution: query.get('resolution') ?? '',
  range: kRanges.includes(query.get('range')) ? query.get('range') : '5m',
  theme: ['light', 'dark'].includes(query.get('theme')) ? query.get('theme') : 'auto',
  /** Per panel (metric name): statistic, group-by label key, isolated line. */
  stat: pairs('stat'),
  group: pairs('group'),
  only: pairs('only'),
};
let resumeFrom = query.get('lastEventId'); // first stream only
/** Names charted when nothing is picked (the busiest). */
let landing = [];

const conn = { state: 'closed', url: null, source: null, lastWindowAt: 0, lastWindowStart: null };
let lastDrawn = Number.NEGATIVE_INFINITY;
/** metric name → panel */
const panels = new Map();
const gaps = [];
/**
 * Main-thread milliseconds per drawn frame, newest last, bounded: the
 * windows recorded since the previous frame (parse excluded) plus the
 * redraw, canvas included.
 */
const drawTimes = [];
/** Windows accepted since the page loaded (a frame may draw several). */
let windowsSeen = 0;
let found = { topics: [], series: [] };

// ---------------------------------------------------------------- helpers

function isLabelFilter(text) {
  return text.indexOf(':') > 0;
}

function parseDuration(text) {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (m === null) return Number.NaN;
  return Math.round(Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? 'ms']);
}

// One formatter: toLocaleTimeString with options builds a new one per call, which costs more than drawing.
const timeFormat = new Intl.DateTimeFormat([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
const time = (ms) => timeFormat.format(ms);

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function formatValue(v) {
  if (v === null || Number.isNaN(v)) return '–';
  const a = Math.abs(v);
  return a >= 1e5 || (a < 0.01 && v !== 0) ? v.toExponential(2) : String(Number(v.toFixed(2)));
}

/** The URL of the current view (the landing names are not written: it stays "the busiest"). */
function viewParams() {
  const p = new URLSearchParams();
  for (const m of selection.match) p.append('match', m);
  for (const l of selection.labels) p.append('label', l);
  if (selection.resolution !== '') p.set('resolution', selection.resolution);
  p.set('range', selection.range);
  if (selection.theme !== 'auto') p.set('theme', selection.theme);
  for (const [key, map] of [['stat', selection.stat], ['group', selection.group], ['only', selection.only]]) {
    for (const [name, value] of [...map].sort(([a], [b]) => (a < b ? -1 : 1))) p.append(key, `${name}:${value}`);
  }
  if (token !== null) p.set('token', token);
  return p;
}

function writeUrl() {
  const url = new URL(location.href);
  url.search = viewParams().toString();
  history.replaceState(null, '', url);
}

// ------------------------------------------------------------- connection

function setState(state, detail = '') {
  conn.state = state;
  ui.state.textContent = state;
  ui.state.dataset.state = state;
  ui.detail.textContent = detail;
}

function streamNames() {
  return selection.match.length > 0 ? selection.match : landing;
}

function connect() {
  if (conn.source !== null) conn.source.close();
  conn.source = null;
  conn.url = null;
  const names = streamNames();
  if (names.length === 0) return setState('closed', '');
  const p = new URLSearchParams();
  for (const m of names) p.append('match', m);
  for (const l of selection.labels) p.append('label', l);
  if (selection.resolution !== '') p.set('resolution', selection.resolution);
  p.set('backfill', selection.range);
  if (resumeFrom !== null) p.set('lastEventId', resumeFrom);
  resumeFrom = null;
  if (token !== null) p.set('token', token);
  const url = `/v1/stream?${p}`;
  const source = new EventSource(url);
  conn.source = source;
  conn.url = url;
  setState('connecting');
  source.onopen = () => setState('live');
  source.onerror = () => {
    if (conn.source !== source) return;
    if (source.readyState === EventSource.CLOSED) {
      setState('closed');
      explain(url, source);
    } else {
      setState('reconnecting');
    }
  };
  source.addEventListener('window', (event) => { if (conn.source === source) onWindow(JSON.parse(event.data)); });
  source.addEventListener('gap', (event) => { if (conn.source === source) onGap(JSON.parse(event.data)); });
}

/** The stream was refused (EventSource hides why): ask once, show the server's message. */
async function explain(url, source) {
  const abort = new AbortController();
  try {
    const response = await fetch(url, { signal: abort.signal, headers: { Accept: 'text/event-stream' } });
    const body = response.ok ? null : await response.json().catch(() => null);
    if (conn.source === source && body !== null) setState('closed', `${response.status}: ${body.message ?? body.error}`);
  } catch { /* network down: nothing more to say */ } finally {
    abort.abort();
  }
}

function onGap(gap) {
  gaps.push(gap);
  if (gaps.length > kMaxGapsShown) gaps.shift();
  ui.noGaps.hidden = true;
  const item = el('li', {},
    el('time', { dateTime: new Date(gap.from).toISOString(), textContent: time(gap.from) }), ' – ',
    el('time', { dateTime: new Date(gap.to).toISOString(), textContent: time(gap.to) }),
    ` (${((gap.to - gap.from) / 1000).toFixed(1)} s) `,
    el('span', { className: 'reason', textContent: gap.reason }));
  ui.gaps.prepend(item);
  while (ui.gaps.children.length > kMaxGapsShown) ui.gaps.lastElementChild.remove();
}

/** Records a window into the rings; drawing waits for the next frame, so a burst (a backfill) costs one redraw. */
function onWindow(window) {
  if (window.start <= lastDrawn) return; // already drawn (a replay after a reconnect)
  const began = performance.now();
  lastDrawn = window.start;
  windowsSeen++;
  conn.lastWindowAt = Date.now();
  conn.lastWindowStart = window.start;
  conn.lastResolution = window.resolution_ms;
  const byName = new Map();
  for (const series of window.series) {
    const list = byName.get(series.name);
    if (list === undefined) byName.set(series.name, [series]);
    else list.push(series);
  }
  for (const [name, list] of byName) {
    let panel = panels.get(name);
    if (panel === undefined) panel = createPanel(name, list[0].kind, window.resolution_ms);
    record(panel, window.start, list);
  }
  // Panels without series in this window still move on (a break in their lines).
  for (const panel of panels.values()) if (!byName.has(panel.name)) record(panel, window.start, []);
  frameCost += performance.now() - began;
  for (const panel of panels.values()) panel.dirty = true;
  scheduleFrame();
}

// ----------------------------------------------------------------- frames

let frameRequested = false;
/** Milliseconds of window handling waiting for the next frame's total. */
let frameCost = 0;
let lastFrameAt = Number.NEGATIVE_INFINITY;

function scheduleFrame() {
  if (frameRequested) return;
  frameRequested = true;
  const wait = lastFrameAt + kMinFrameGapMs - performance.now();
  if (wait <= 0) requestAnimationFrame(frame);
  else setTimeout(() => requestAnimationFrame(frame), wait);
}

/** Draws every panel that changed since the last frame: one DOM and canvas pass, however many windows came. */
function frame() {
  frameRequested = false;
  const began = performance.now();
  const now = Date.now();
  for (const panel of panels.values()) {
    if (!panel.dirty) continue;
    panel.dirty = false;
    draw(panel, now);
  }
  lastFrameAt = performance.now();
  drawTimes.push(frameCost + lastFrameAt - began);
  frameCost = 0;
  if (drawTimes.length > 2048) drawTimes.splice(0, 1024);
  updateChartsHint();
  tick();
}

/** A choice changed on a panel: re-rank its lines and draw it with the next frame. */
function redraw(panel) {
  panel.rank = null;
  panel.dirty = true;
  scheduleFrame();
}

// ----------------------------------------------------------------- panels

function capacity(resolutionMs) {
  return Math.max(2, Math.min(kMaxPoints, Math.ceil(parseDuration(selection.range) / resolutionMs)));
}

function createPanel(name, kind, resolutionMs) {
  const cap = capacity(resolutionMs);
  const stats = kStatsByKind.get(kind) ?? ['avg', 'count'];
  const panel = {
    name, kind, stats, resolutionMs, cap,
    starts: new Float64Array(cap), head: 0, length: 0,
    /** series key → { labels: Map, values: Float64Array(cap × fields) } */
    series: new Map(), untracked: 0,
    /** Bumped when a series is added: its labels and the line set may change. */
    seriesVersion: 0,
    /** The chosen lines ({ label, members }), re-ranked when stale (see kRerankMs); null: rank at the next draw. */
    rank: null,
    /** What the last frame drew: x values and the lines' values (the hook and the table read them). */
    xs: [], lines: [], hidden: 0,
    plot: null, signature: '', dirty: false,
    /** The table alternative as rendered: its column key and the window starts of its rows, oldest first. */
    tableKey: '', tableStarts: [], tbody: null,
  };
  const figure = el('figure', { className: 'chart panel' });
  figure.dataset.name = name;
  const caption = el('figcaption', {}, name, ' ', el('span', { className: 'meta' }));
  const statSelect = el('select', { id: `stat-${panels.size}` });
  for (const stat of stats) statSelect.append(el('option', { value: stat, textContent: stat === 'rate' ? 'rate /s' : stat }));
  const groupSelect = el('select', { id: `group-${panels.size}` });
  const tools = el('div', { className: 'panel-tools' },
    el('label', { htmlFor: statSelect.id, textContent: 'Statistic' }), statSelect,
    el('label', { htmlFor: groupSelect.id, textContent: 'Group by' }), groupSelect);
  const plotBox = el('div', { className: 'plot' });
  plotBox.setAttribute('role', 'img');
  const legend = el('ul', { className: 'legend' });
  legend.setAttribute('aria-label', `${name} lines (press one to show it alone)`);
  const hiddenNote = el('p', { className: 'hidden-note' });
  const table = el('table');
  const details = el('details', {}, el('summary', { textContent: 'Table' }), table);
  figure.append(caption, tools, plotBox, legend, hiddenNote, details);
  Object.assign(panel, { figure, caption, statSelect, groupSelect, plotBox, legend, hiddenNote, table, details });

  statSelect.value = stats.includes(selection.stat.get(name)) ? selection.stat.get(name) : stats[0];
  statSelect.addEventListener('change', () => {
    if (statSelect.value === stats[0]) selection.stat.delete(name);
    else selection.stat.set(name, statSelect.value);
    selection.only.delete(name);
    writeUrl();
    redraw(panel);
  });
  groupSelect.addEventListener('change', () => {
    if (groupSelect.value === '') selection.group.delete(name);
    else selection.group.set(name, groupSelect.value);
    selection.only.delete(name);
    writeUrl();
    redraw(panel);
  });
  legend.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (button === null) return;
    if (selection.only.get(name) === button.dataset.line) selection.only.delete(name);
    else selection.only.set(name, button.dataset.line);
    writeUrl();
    redraw(panel);
  });
  details.addEventListener('toggle', () => { if (details.open) updateTable(panel); });

  panels.set(name, panel);
  ui.charts.append(figure);
  [...ui.charts.children].sort((a, b) => (a.dataset.name < b.dataset.name ? -1 : 1)).forEach((node) => ui.charts.append(node));
  return panel;
}

function seriesKey(labels) {
  return JSON.stringify([...labels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Writes one window of a panel's series into its ring (a slot of NaN for the series absent). */
function record(panel, start, list) {
  const last = panel.length > 0 ? panel.starts[(panel.head - 1 + panel.cap) % panel.cap] : Number.NaN;
  if (start <= last) return;
  // A missed window breaks the lines instead of bridging it.
  if (list.length > 0 && last + panel.resolutionMs < start) slot(panel, last + panel.resolutionMs);
  if (list.length === 0 && panel.length > 0 && Number.isNaN(valueAtNewest(panel))) return; // already broken
  const at = slot(panel, start);
  const width = kFields.length;
  for (const s of list) {
    const labels = new Map(Object.entries(s.labels));
    const key = seriesKey(labels);
    let entry = panel.series.get(key);
    if (entry === undefined) {
      if (panel.series.size >= kMaxSeriesPerPanel) { panel.untracked++; continue; }
      entry = { key, labels, values: new Float64Array(panel.cap * width).fill(Number.NaN) };
      panel.series.set(key, entry);
      panel.seriesVersion++;
    }
    for (let f = 0; f < width; f++) entry.values[at * width + f] = s[kFields[f]] ?? Number.NaN;
  }
}

/** Whether anything was written at the newest slot (NaN: a break). */
function valueAtNewest(panel) {
  const at = (panel.head - 1 + panel.cap) % panel.cap;
  for (const entry of panel.series.values()) if (!Number.isNaN(entry.values[at * kFields.length])) return 0;
  return Number.NaN;
}

/** Takes the next ring slot for `start`, cleared; returns its index. */
function slot(panel, start) {
  const at = panel.head;
  panel.starts[at] = start;
  const width = kFields.length;
  for (const entry of panel.series.values()) entry.values.fill(Number.NaN, at * width, at * width + width);
  panel.head = (at + 1) % panel.cap;
  panel.length = Math.min(panel.length + 1, panel.cap);
  return at;
}

/** Label keys whose values differ between the panel's series (what names a line). */
function differingKeys(panel) {
  const first = new Map();
  const differ = new Set();
  const seen = new Map();
  for (const entry of panel.series.values()) {
    for (const [k, v] of entry.labels) {
      seen.set(k, (seen.get(k) ?? 0) + 1);
      if (!first.has(k)) first.set(k, v);
      else if (first.get(k) !== v) differ.add(k);
    }
  }
  for (const [k, n] of seen) if (n < panel.series.size) differ.add(k); // present on some series only
  return [...differ].sort();
}

/** Ring slot indexes of a panel, oldest first. */
function slotOrder(panel) {
  const order = new Int32Array(panel.length);
  for (let i = 0; i < panel.length; i++) order[i] = (panel.head - panel.length + i + panel.cap) % panel.cap;
  return order;
}

/** A line's value at one slot: its series' statistic, summed or averaged over a group; null where none came. */
function valueAt(members, slotIndex, field, summed) {
  const width = kFields.length;
  if (members.length === 1) {
    const v = members[0].values[slotIndex * width + field];
    return Number.isNaN(v) ? null : v;
  }
  let total = 0;
  let n = 0;
  for (const entry of members) {
    const v = entry.values[slotIndex * width + field];
    if (!Number.isNaN(v)) { total += v; n++; }
  }
  return n === 0 ? null : summed ? total : total / n;
}

/** Every line of a panel for its grouping, as { label, members }, values not read. */
function allLines(panel) {
  const group = selection.group.get(panel.name);
  if (group === undefined) {
    const keys = differingKeys(panel);
    return [...panel.series.values()].map((entry) => ({
      label: keys.length === 0 ? panel.name : keys.map((k) => `${k}=${entry.labels.get(k) ?? ''}`).join(' '),
      members: [entry],
    }));
  }
  const groups = new Map();
  for (const entry of panel.series.values()) {
    const value = entry.labels.get(group);
    const label = value === undefined ? `${group} not set` : `${group}=${value}`;
    const members = groups.get(label);
    if (members === undefined) groups.set(label, [entry]);
    else members.push(entry);
  }
  return [...groups].map(([label, members]) => ({ label, members }));
}

/** The newest value of a line (scanning back over breaks), -Infinity if it has none. */
function latest(line, order, field, summed) {
  for (let i = order.length - 1; i >= 0; i--) {
    const v = valueAt(line.members, order[i], field, summed);
    if (v !== null) return v;
  }
  return Number.NEGATIVE_INFINITY;
}

/**
 * Chooses the lines a panel shows: the isolated one, or the top kMaxLines
 * by the statistic's latest value, in label order (a line keeps its place
 * and colour while the ranking moves). Costs a pass over the series, so it
 * runs when the series or a choice change, and at most every kRerankMs
 * otherwise: lines do not flicker in and out window by window.
 */
function rank(panel, stat, now) {
  const field = kFieldIndex.get(stat);
  const summed = kSummed.has(stat);
  const order = slotOrder(panel);
  let lines = allLines(panel);
  const total = lines.length;
  const only = selection.only.get(panel.name);
  const isolated = only !== undefined && lines.some((l) => l.label === only);
  if (isolated) lines = lines.filter((l) => l.label === only);
  else if (lines.length > kMaxLines) {
    const scored = lines.map((line) => ({ line, score: latest(line, order, field, summed) }));
    scored.sort((a, b) => b.score - a.score || (a.line.label < b.line.label ? -1 : 1));
    lines = scored.slice(0, kMaxLines).map((s) => s.line);
  }
  lines.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return { lines, total, isolated, only, stat, version: panel.seriesVersion, at: now };
}

function draw(panel, now = Date.now()) {
  const stat = panel.statSelect.value;
  const stale = panel.rank === null || panel.rank.version !== panel.seriesVersion || panel.rank.stat !== stat || now - panel.rank.at >= kRerankMs;
  if (stale) {
    panel.rank = rank(panel, stat, now);
    describe(panel);
  }
  const { lines: chosen, isolated } = panel.rank;

  // Only the lines shown are read out of the ring: 20 lines, not every series.
  const field = kFieldIndex.get(stat);
  const summed = kSummed.has(stat);
  const order = slotOrder(panel);
  const xs = new Array(order.length);
  for (let i = 0; i < order.length; i++) xs[i] = panel.starts[order[i]];
  const lines = chosen.map((line) => {
    const values = new Array(order.length);
    for (let i = 0; i < order.length; i++) values[i] = valueAt(line.members, order[i], field, summed);
    return { label: line.label, values };
  });
  panel.xs = xs;
  panel.lines = lines;
  const data = [xs, ...lines.map((l) => l.values)];
  const signature = `${document.documentElement.dataset.theme ?? ''}|${stat}|${lines.map((l) => l.label).join('\u0000')}|${isolated}`;
  if (signature !== panel.signature) {
    panel.signature = signature;
    panel.plot?.destroy();
    panel.plot = createPlot(panel, lines, data);
    panel.legend.replaceChildren(...lines.map((line, i) => {
      const button = el('button', { type: 'button' }, el('span', { className: 'swatch' }), line.label);
      button.firstChild.style.background = kPalette[i % kPalette.length];
      button.dataset.line = line.label;
      button.setAttribute('aria-pressed', String(isolated));
      return el('li', {}, button);
    }));
    panel.plotBox.setAttribute('aria-label', `${panel.name}: ${stat} per window, ${lines.length} line${lines.length === 1 ? '' : 's'}; the table below has the values`);
  } else {
    // Same lines: new data only, drawn now (not in a microtask), so the frame's time includes the canvas.
    panel.plot.batch(() => panel.plot.setData(data));
  }
  if (panel.details.open) updateTable(panel);
}

/** The words around a panel's chart: hidden-lines note, caption, group-by choices. Changed only when re-ranked. */
function describe(panel) {
  const { total, isolated, only, stat, lines } = panel.rank;
  panel.hidden = total - lines.length;
  setText(panel.hiddenNote, isolated ? `showing ${only} alone (${total - 1} other lines hidden); press it again to show all`
    : panel.hidden > 0 ? `${panel.hidden} more lines hidden: the top ${kMaxLines} by latest ${stat} are shown` : '');
  panel.hiddenNote.hidden = panel.hiddenNote.textContent === '';
  setText(panel.caption.lastElementChild, `${panel.kind} · ${panel.series.size} series${panel.untracked > 0 ? ` (+${panel.untracked} not tracked)` : ''}`);

  // Group-by choices: every label key seen on the panel's series.
  const keys = new Set();
  for (const entry of panel.series.values()) for (const k of entry.labels.keys()) keys.add(k);
  const options = ['', ...[...keys].sort()];
  if (panel.groupSelect.options.length !== options.length) {
    panel.groupSelect.replaceChildren(...options.map((k) => el('option', { value: k, textContent: k === '' ? 'none' : k })));
  }
  const group = selection.group.get(panel.name) ?? '';
  if (panel.groupSelect.value !== group) panel.groupSelect.value = group;
}

/** Writes text only when it differs: a DOM write costs a style pass even when it changes nothing. */
function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

function themeColors() {
  const css = getComputedStyle(document.documentElement);
  return { fg: css.getPropertyValue('--fg').trim() || '#1f2937', line: css.getPropertyValue('--line').trim() || '#e5e7eb' };
}

function createPlot(panel, lines, data) {
  const { fg, line } = themeColors();
  const axis = { stroke: fg, grid: { stroke: line }, ticks: { stroke: line } };
  return new uPlot({
    width: Math.max(300, panel.plotBox.clientWidth), height: 220, ms: 1,
    series: [{ label: 'time' }, ...lines.map((l, i) => ({ label: l.label, stroke: kPalette[i % kPalette.length], width: 1.5, spanGaps: false }))],
    scales: { x: { time: true } },
    // x labels as hh:mm:ss: uPlot's default second row (date, then hour) overlaps itself on narrow panels.
    axes: [{ ...axis, space: 70, values: (u, splits) => splits.map((ms) => time(ms)) }, { ...axis, size: 60 }],
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
  }, data, panel.plotBox);
}

/**
 * The table alternative: one row per time point, a column per line shown.
 * Rows are written once: a frame drops the rows the ring let go and appends
 * the new ones; the whole table is rebuilt only when its columns change.
 */
function updateTable(panel) {
  const { xs, lines } = panel;
  const key = `${panel.statSelect.value}|${lines.map((l) => l.label).join('\u0000')}`;
  const rendered = panel.tableStarts;
  if (key !== panel.tableKey || panel.tbody === null) {
    panel.tableKey = key;
    const head = el('tr', {}, el('th', { scope: 'col', textContent: 'window start' }), ...lines.map((l) => el('th', { scope: 'col', textContent: l.label })));
    panel.tbody = el('tbody');
    panel.table.replaceChildren(el('caption', { className: 'visually-hidden', textContent: `${panel.name}, ${panel.statSelect.value} per window` }), el('thead', {}, head), panel.tbody);
    rendered.length = 0;
  }
  let drop = 0;
  while (drop < rendered.length && (xs.length === 0 || rendered[drop] < xs[0])) drop++;
  for (let i = 0; i < drop; i++) panel.tbody.firstElementChild.remove();
  rendered.splice(0, drop);
  const newest = rendered.length > 0 ? rendered[rendered.length - 1] : Number.NEGATIVE_INFINITY;
  let from = xs.length;
  while (from > 0 && xs[from - 1] > newest) from--;
  if (from === xs.length) return;
  const rows = document.createDocumentFragment();
  for (let i = from; i < xs.length; i++) {
    const row = el('tr', {}, el('th', { scope: 'row', textContent: time(xs[i]) }), ...lines.map((l) => el('td', { textContent: formatValue(l.values[i]) })));
    row.dataset.start = String(xs[i]);
    rows.append(row);
    rendered.push(xs[i]);
  }
  panel.tbody.append(rows);
}

function clearPanels() {
  for (const panel of panels.values()) {
    panel.plot?.destroy();
    panel.figure.remove();
  }
  panels.clear();
  lastDrawn = Number.NEGATIVE_INFINITY;
  frameCost = 0;
}

function updateChartsHint() {
  if (streamNames().length === 0) ui.chartsHint.textContent = found.topics.length === 0 ? 'No metric has a window yet: waiting for data.' : 'Pick one or more metric names to chart them.';
  else if (panels.size === 0) ui.chartsHint.textContent = 'Waiting for the first window…';
  else if (selection.match.length === 0) ui.chartsHint.textContent = `The ${landing.length} busiest metric names (most series); pick names on the left to choose.`;
  else ui.chartsHint.textContent = '';
  ui.chartsHint.hidden = ui.chartsHint.textContent === '';
}

let resizeTimer = 0;
addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => { for (const panel of panels.values()) panel.plot?.setSize({ width: Math.max(300, panel.plotBox.clientWidth), height: 220 }); }, 150);
});

// -------------------------------------------------------------- selection

/** Applies a new selection: URL, charts cleared, one new stream that backfills them. */
function apply() {
  writeUrl();
  clearPanels();
  renderNames();
  updateChartsHint();
  connect();
}

async function listSeries(pattern) {
  const p = new URLSearchParams();
  if (pattern !== '') p.set('match', pattern);
  if (token !== null) p.set('token', token);
  const response = await fetch(`/v1/series?${p}`);
  const body = await response.json();
  if (!response.ok) throw new Error(body.message ?? body.error ?? response.statusText);
  return body;
}

async function find() {
  const pattern = ui.pattern.value.trim();
  ui.namesHint.textContent = 'Loading…';
  try {
    const body = await listSeries(pattern);
    found = { pattern, topics: body.topics, series: body.series };
    const labels = [...new Set(body.series.flatMap((s) => Object.entries(s.labels).map(([k, v]) => `${k}:${v}`)))].sort();
    ui.labels.title = labels.length > 0 ? `Labels seen: ${labels.slice(0, 50).join(' ')}` : '';
    ui.namesHint.textContent = body.topics.length === 0 ? 'No metric name matches.' : `${body.topics.length} name${body.topics.length === 1 ? '' : 's'}; check to chart.`;
  } catch (error) {
    found = { pattern, topics: [], series: [] };
    ui.namesHint.textContent = `Could not list series: ${error.message}`;
  }
  renderNames();
}

/** Busiest = most series in the latest window; ties by name. */
function busiest(series) {
  const counts = new Map();
  for (const s of series) if (s.kind !== 'unknown') counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).slice(0, kLandingPanels).map(([name]) => name);
}

/** Checkboxes: the pattern itself (if a glob), the names found, and whatever else is picked. */
function renderNames() {
  const kinds = new Map();
  const counts = new Map();
  for (const s of found.series) {
    if (s.kind === 'unknown') continue; // listed, but no window in history yet
    kinds.set(s.name, s.kind);
    counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
  }
  const rows = [];
  if (found.pattern?.includes('*')) rows.push(found.pattern);
  rows.push(...found.topics);
  for (const m of selection.match) if (!rows.includes(m)) rows.push(m);
  ui.names.replaceChildren(...rows.map((name, i) => {
    const box = el('input', { type: 'checkbox', value: name, checked: selection.match.includes(name), id: `name-${i}` });
    const meta = name.includes('*') ? 'every matching name'
      : kinds.has(name) ? `${kinds.get(name)} · ${counts.get(name)} series`
        : found.topics.includes(name) ? 'no recent window' : '';
    return el('li', {}, el('label', { htmlFor: box.id }, box, el('span', { textContent: name }), el('span', { className: 'meta', textContent: meta })));
  }));
}

ui.names.addEventListener('change', (event) => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement)) return;
  selection.match = box.checked ? [...selection.match, box.value] : selection.match.filter((m) => m !== box.value);
  apply();
});

ui.find.addEventListener('submit', (event) => {
  event.preventDefault();
  find();
});

function applyLabels() {
  const specs = ui.labels.value.split(/[\s,]+/).filter((s) => s !== '');
  const bad = specs.filter((s) => !isLabelFilter(s));
  ui.labels.setAttribute('aria-invalid', String(bad.length > 0));
  $('labels-hint').textContent = bad.length > 0 ? `Not key:value: ${bad.join(' ')}` : 'key:value, space-separated; press Enter to apply.';
  if (bad.length > 0 || specs.join(' ') === selection.labels.join(' ')) return;
  selection.labels = specs;
  apply();
}
ui.labels.addEventListener('change', applyLabels);
ui.labels.addEventListener('keydown', (event) => { if (event.key === 'Enter') applyLabels(); });

ui.resolution.addEventListener('change', () => {
  selection.resolution = ui.resolution.value;
  apply();
});
ui.range.addEventListener('change', () => {
  selection.range = ui.range.value;
  apply();
});

function applyTheme() {
  if (selection.theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = selection.theme;
  ui.theme.textContent = `Theme: ${selection.theme}`;
  for (const panel of panels.values()) redraw(panel); // axes take the theme's colours
}
ui.theme.addEventListener('click', () => {
  selection.theme = { auto: 'dark', dark: 'light', light: 'auto' }[selection.theme];
  writeUrl();
  applyTheme();
});

// -------------------------------------------------------------- freshness

function tick() {
  if (conn.lastWindowStart === null) {
    ui.freshness.textContent = 'no window yet';
    ui.freshness.classList.remove('stale');
    return;
  }
  const age = Math.max(0, Math.round((Date.now() - conn.lastWindowAt) / 1000));
  setText(ui.freshness, `last window ${age} s ago (${time(conn.lastWindowStart)})`);
  const resolutionMs = conn.lastResolution ?? 1000;
  ui.freshness.classList.toggle('stale', Date.now() - conn.lastWindowAt > 3 * resolutionMs + 5000);
}
setInterval(tick, 1000);

// ------------------------------------------------------------- debug hook

/** Read-only view for tests and the console: copies of what is drawn. */
Object.defineProperty(window, 'sluiceDashboard', {
  value: Object.freeze({
    get state() { return conn.state; },
    get url() { return conn.url; },
    get lastStart() { return conn.lastWindowStart; },
    get landing() { return [...landing]; },
    get gaps() { return gaps.map((gap) => ({ ...gap })); },
    get drawTimes() { return [...drawTimes]; },
    get windows() { return windowsSeen; },
    get panels() {
      const out = [];
      for (const panel of panels.values()) {
        out.push({
          name: panel.name, kind: panel.kind, stat: panel.statSelect.value, group: selection.group.get(panel.name) ?? null,
          series: panel.series.size, hidden: panel.hidden, points: panel.length,
          lines: panel.lines.map((l) => ({ label: l.label, values: [...l.values] })),
        });
      }
      return out;
    },
  }),
});

// ------------------------------------------------------------------ start

if (selection.resolution !== '' && !kResolutions.includes(selection.resolution)) {
  ui.resolution.append(el('option', { value: selection.resolution, textContent: selection.resolution }));
}
ui.resolution.value = selection.resolution;
ui.range.value = selection.range;
ui.labels.value = selection.labels.join(' ');
ui.pattern.value = selection.match.length === 1 ? selection.match[0] : '';
applyTheme();
if (selection.match.length > 0) {
  find();
  apply();
} else {
  // Landing: the busiest names at once, from the same listing the controls show.
  find().then(() => {
    landing = busiest(found.series);
    apply();
  });
}
