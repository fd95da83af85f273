/**
 * Sluice dashboard: live uPlot charts of the windows streamed by
 * GET /v1/stream. Plain ES module, no build step.
 *
 * - The selection (name globs, label filters, resolution) lives in the URL
 *   query, so a view is a link: ?match=cpu.*&label=host:web-1&resolution=10s.
 *   A `lastEventId` there is passed to the first stream only (a browser
 *   cannot set the Last-Event-ID header itself).
 * - One EventSource per page, whatever the number of charts: its URL carries
 *   one match= per picked name, the label filters and the resolution. A new
 *   selection closes it and opens another.
 * - One chart per series (name + labels), not per name: a window gives exact
 *   min/max/avg/last and quantiles per series, and those cannot be merged
 *   across series (quantiles least of all), so each chart draws exactly what
 *   the server computed. Past kMaxCharts series the rest are counted, not drawn.
 * - Windows are drawn once: one whose start is ≤ the last start drawn at its
 *   resolution (a replay after a reconnect) is ignored.
 */
import uPlot from './uPlot.esm.js';

const kMaxPoints = 300;
const kMaxCharts = 24;
const kMaxGapsShown = 100; // kept and listed, newest first
const kResolutions = ['1s', '10s', '60s'];

const $ = (id) => document.getElementById(id);
const ui = {
  state: $('state'), freshness: $('freshness'), detail: $('detail'),
  find: $('find'), pattern: $('pattern'), names: $('names'), namesHint: $('names-hint'),
  labels: $('labels'), resolution: $('resolution'),
  gaps: $('gaps'), noGaps: $('no-gaps'), charts: $('charts'), chartsHint: $('charts-hint'),
};

// ------------------------------------------------------------------ state

const query = new URLSearchParams(location.search);
const token = query.get('token'); // passed through when the gateway requires one
const selection = {
  match: [...new Set(query.getAll('match').filter((m) => m !== ''))],
  labels: query.getAll('label').filter(isLabelFilter),
  resolution: query.get('resolution') || '1s',
};
let resumeFrom = query.get('lastEventId'); // first stream only

const conn = { state: 'closed', url: null, source: null, lastWindowAt: 0, lastWindowStart: null };
/** resolution ms → start of the last window drawn at it */
const lastDrawn = new Map();
/** series key → chart */
const charts = new Map();
const gaps = [];
let notCharted = new Set();
let found = { topics: [], series: [] };

// ---------------------------------------------------------------- helpers

function isLabelFilter(text) {
  return text.indexOf(':') > 0;
}

function params(extra = {}) {
  const p = new URLSearchParams();
  for (const m of selection.match) p.append('match', m);
  for (const l of selection.labels) p.append('label', l);
  p.set('resolution', selection.resolution);
  for (const [k, v] of Object.entries(extra)) if (v !== null && v !== undefined) p.set(k, v);
  if (token !== null) p.set('token', token);
  return p;
}

/**
 * Same rules as the server (gateway/glob-match.ts), without a RegExp: `*` =
 * any run of characters, the rest literal; pieces between stars are found
 * left to right, so a glob full of stars cannot hang the page.
 */
function compileGlob(glob) {
  const parts = glob.split('*');
  if (parts.length === 1) return (name) => name === glob;
  const first = parts[0];
  const last = parts[parts.length - 1];
  const middle = parts.slice(1, -1).filter((part) => part !== '');
  return (name) => {
    if (name.length < first.length + last.length || !name.startsWith(first) || !name.endsWith(last)) return false;
    const end = name.length - last.length;
    let at = first.length;
    for (const part of middle) {
      const found = name.indexOf(part, at);
      if (found < 0 || found + part.length > end) return false;
      at = found + part.length;
    }
    return true;
  };
}

function selected(series) {
  const globs = selection.match.map(compileGlob);
  if (!globs.some((matches) => matches(series.name))) return false;
  const byKey = new Map();
  for (const spec of selection.labels) {
    const at = spec.indexOf(':');
    const key = spec.slice(0, at);
    if (!byKey.has(key)) byKey.set(key, new Set());
    byKey.get(key).add(spec.slice(at + 1));
  }
  // Own keys only: a label `__proto__` or `constructor` must not find Object.prototype's.
  for (const [key, values] of byKey) if (!values.has(Object.hasOwn(series.labels, key) ? series.labels[key] : undefined)) return false;
  return true;
}

function seriesKey(series) {
  const labels = Object.keys(series.labels).sort().map((k) => `${k}=${JSON.stringify(series.labels[k])}`);
  return labels.length === 0 ? series.name : `${series.name}{${labels.join(',')}}`;
}

function parseDuration(text) {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (m === null) return Number.NaN;
  return Math.round(Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? 'ms']);
}

const time = (ms) => new Date(ms).toLocaleTimeString([], { hour12: false }) + `.${String(ms % 1000).padStart(3, '0')}`;

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

// ------------------------------------------------------------- connection

function setState(state, detail = '') {
  conn.state = state;
  ui.state.textContent = state;
  ui.state.dataset.state = state;
  ui.detail.textContent = detail;
}

function connect() {
  if (conn.source !== null) conn.source.close();
  conn.source = null;
  conn.url = null;
  if (selection.match.length === 0) return setState('closed', '');
  // Continue from the last window drawn, so a new selection misses nothing
  // (the server replays; duplicates are dropped by onWindow).
  const resolutionMs = parseDuration(selection.resolution);
  const after = resumeFrom ?? lastDrawn.get(resolutionMs) ?? null;
  resumeFrom = null;
  const url = `/v1/stream?${params({ lastEventId: after === null ? null : String(after) })}`;
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

function onWindow(window) {
  const resolution = window.resolution_ms;
  if (window.start <= (lastDrawn.get(resolution) ?? Number.NEGATIVE_INFINITY)) return; // already drawn
  lastDrawn.set(resolution, window.start);
  conn.lastWindowAt = Date.now();
  conn.lastWindowStart = window.start;
  const touched = new Set();
  for (const series of window.series) {
    const key = seriesKey(series);
    let chart = charts.get(key);
    if (chart === undefined) {
      if (charts.size >= kMaxCharts) { notCharted.add(key); continue; }
      chart = createChart(key, series);
    }
    append(chart, window.start, resolution, series);
    touched.add(chart);
  }
  for (const chart of touched) chart.plot.setData(chart.data); // once per chart per window
  updateChartsHint();
  tick();
}

// ----------------------------------------------------------------- charts

const colors = { avg: '#2563eb', last: '#ea580c', band: 'rgba(37, 99, 235, 0.12)', edge: 'rgba(37, 99, 235, 0.35)', p50: '#16a34a', p99: '#9333ea', rate: '#0d9488' };

/** Columns drawn, in uPlot's order after x; which exist depends on the kind. */
function columnsOf(kind) {
  if (kind === 'histogram') return ['max', 'min', 'avg', 'last', 'p50', 'p99'];
  if (kind === 'counter') return ['max', 'min', 'avg', 'last', 'rate'];
  return ['max', 'min', 'avg', 'last'];
}

function seriesOptions(column) {
  switch (column) {
    case 'max': case 'min': return { label: column, stroke: colors.edge, width: 1 };
    case 'avg': return { label: 'avg', stroke: colors.avg, width: 2 };
    case 'last': return { label: 'last', stroke: colors.last, width: 1.5, dash: [6, 4] };
    case 'rate': return { label: 'rate /s', stroke: colors.rate, width: 1.5, scale: 'rate' };
    default: return { label: column, stroke: colors[column], width: 1.5 };
  }
}

function createChart(key, series) {
  const columns = columnsOf(series.kind);
  const caption = el('figcaption', {}, series.name, ' ',
    el('span', { className: 'meta', textContent: `${Object.entries(series.labels).map(([k, v]) => `${k}=${v}`).join(' ')} · ${series.kind}${series.overflow ? ' · overflow (label cap reached)' : ''}` }));
  const plotBox = el('div', { className: 'plot' });
  plotBox.setAttribute('role', 'img');
  plotBox.setAttribute('aria-label', `${key}: ${columns.join(', ')} per window; min to max shaded`);
  const figure = el('figure', { className: 'chart' }, caption, plotBox);
  figure.dataset.series = key;
  ui.charts.append(figure);
  [...ui.charts.children].sort((a, b) => (a.dataset.series < b.dataset.series ? -1 : 1)).forEach((node) => ui.charts.append(node));

  const axes = [{}, { size: 60 }];
  if (series.kind === 'counter') axes.push({ scale: 'rate', side: 1, grid: { show: false }, size: 60 });
  const plot = new uPlot({
    width: Math.max(300, plotBox.clientWidth), height: 220, ms: 1,
    series: [{ label: 'time', value: (_, v) => (v === null ? '–' : time(v)) }, ...columns.map(seriesOptions)],
    bands: [{ series: [1, 2], fill: colors.band }],
    scales: { x: { time: true } },
    axes,
    legend: { live: true },
  }, [[], ...columns.map(() => [])], plotBox);

  const chart = { key, name: series.name, labels: series.labels, kind: series.kind, columns, figure, plotBox, plot, lastStart: null, starts: [], data: [[], ...columns.map(() => [])] };
  charts.set(key, chart);
  return chart;
}

function append(chart, start, resolution, series) {
  // A missed window (no data, or a gap) breaks the lines instead of bridging it.
  if (chart.lastStart !== null && start > chart.lastStart + resolution) push(chart, chart.lastStart + resolution, null);
  push(chart, start, series);
  chart.lastStart = start;
}

function push(chart, start, series) {
  chart.starts.push(start);
  chart.data[0].push(start);
  chart.columns.forEach((column, i) => chart.data[i + 1].push(series === null ? null : (series[column] ?? null)));
  if (chart.starts.length > kMaxPoints) {
    chart.starts.shift();
    for (const column of chart.data) column.shift();
  }
}

function removeChart(chart) {
  chart.plot.destroy();
  chart.figure.remove();
  charts.delete(chart.key);
}

function updateChartsHint() {
  if (selection.match.length === 0) ui.chartsHint.textContent = 'Pick one or more metric names to chart them.';
  else if (charts.size === 0) ui.chartsHint.textContent = 'Waiting for the first window…';
  else if (notCharted.size > 0) ui.chartsHint.textContent = `${notCharted.size} more series not charted (at most ${kMaxCharts}): narrow the selection with label filters.`;
  else ui.chartsHint.textContent = '';
  ui.chartsHint.hidden = ui.chartsHint.textContent === '';
}

let resizeTimer = 0;
addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => { for (const chart of charts.values()) chart.plot.setSize({ width: Math.max(300, chart.plotBox.clientWidth), height: 220 }); }, 150);
});

// -------------------------------------------------------------- selection

/** Applies the current selection: URL, charts kept or dropped, one new stream. */
function apply({ resolutionChanged = false } = {}) {
  const url = new URL(location.href);
  url.search = params().toString();
  history.replaceState(null, '', url);
  for (const chart of [...charts.values()]) if (resolutionChanged || !selected(chart)) removeChart(chart);
  if (resolutionChanged) lastDrawn.clear();
  notCharted = new Set();
  renderNames();
  updateChartsHint();
  connect();
}

async function find() {
  const pattern = ui.pattern.value.trim();
  ui.namesHint.textContent = 'Loading…';
  const p = new URLSearchParams();
  if (pattern !== '') p.set('match', pattern);
  if (token !== null) p.set('token', token);
  try {
    const response = await fetch(`/v1/series?${p}`);
    const body = await response.json();
    if (!response.ok) throw new Error(body.message ?? body.error ?? response.statusText);
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
  apply({ resolutionChanged: true });
});

// -------------------------------------------------------------- freshness

function tick() {
  if (conn.lastWindowStart === null) {
    ui.freshness.textContent = 'no window yet';
    ui.freshness.classList.remove('stale');
    return;
  }
  const age = Math.max(0, Math.round((Date.now() - conn.lastWindowAt) / 1000));
  ui.freshness.textContent = `last window ${age} s ago (${time(conn.lastWindowStart)})`;
  const resolutionMs = parseDuration(selection.resolution) || 1000;
  ui.freshness.classList.toggle('stale', Date.now() - conn.lastWindowAt > 3 * resolutionMs + 5000);
}
setInterval(tick, 1000);

// ------------------------------------------------------------- debug hook

/** Read-only view for tests and the console: copies of what was drawn. */
Object.defineProperty(window, 'sluiceDashboard', {
  value: Object.freeze({
    get state() { return conn.state; },
    get url() { return conn.url; },
    get lastStart() { return conn.lastWindowStart; },
    get selection() { return structuredClone(selection); },
    get gaps() { return gaps.map((gap) => ({ ...gap })); },
    get charts() {
      const out = {};
      for (const [key, chart] of charts) {
        const view = { name: chart.name, labels: { ...chart.labels }, kind: chart.kind, starts: [...chart.starts] };
        chart.columns.forEach((column, i) => { view[column] = [...chart.data[i + 1]]; });
        out[key] = view;
      }
      return out;
    },
  }),
});

// ------------------------------------------------------------------ start

if (!kResolutions.includes(selection.resolution)) {
  ui.resolution.append(el('option', { value: selection.resolution, textContent: selection.resolution }));
}
ui.resolution.value = selection.resolution;
ui.labels.value = selection.labels.join(' ');
ui.pattern.value = selection.match.length === 1 ? selection.match[0] : '';
find();
apply();
