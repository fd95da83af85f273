/**
 * The bench's SVG chart of latency percentiles against load, drawn with
 * Vega-Lite (rendered to SVG in Node, no browser).
 */
import * as vega from 'vega';
import * as vl from 'vega-lite';

export interface LatencyPoint {
  panel: string;
  load: number;
  percentile: string;
  ms: number;
}

export async function latencyChart(points: LatencyPoint[]): Promise<string> {
  const spec = vl.compile({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'Sluice latency percentiles against load',
    data: { values: points },
    facet: { column: { field: 'panel', type: 'nominal', title: null } },
    resolve: { scale: { x: 'independent' } },
    spec: {
      width: 320,
      height: 220,
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'load', type: 'quantitative', title: 'load (metrics/s, or dashboards)' },
        y: { field: 'ms', type: 'quantitative', title: 'latency (ms)', scale: { type: 'symlog' } },
        color: { field: 'percentile', type: 'nominal', sort: ['p50', 'p99', 'p999', 'max'] },
      },
    },
  } as vl.TopLevelSpec).spec;
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  return view.toSVG();
}
