// The Kubernetes API as the silo sees it: calls, throttled (429) answers and watch restarts, the figures of the latest
// sample and the last samples charted. A silo without Kubernetes has samples without `kubernetes`: "not connected".
import { lineChart } from '../charts/line-chart.js';
import { el } from '../dom.js';
import { DASH, formatDuration, formatNumber } from '../format.js';

/** The calls made in all the samples, and the latest sample's figures (null when the silo runs without Kubernetes). */
function kubernetesFigures(samples, intervalMilliseconds) {
  const known = samples.filter(sample => sample.kubernetes);
  // Each sample's rate is an average over its interval, so rate × interval is the calls it saw.
  const calls = known.reduce((sum, sample) => sum + sample.kubernetes.apiCallsPerSecond * intervalMilliseconds / 1000, 0);
  return { calls: Math.round(calls), latest: samples.at(-1)?.kubernetes ?? null };
}

export function kubernetesPanel() {
  const figure = (label, testid) => {
    const value = el('dd', { dataset: { testid }, text: DASH });
    return { value, nodes: [el('dt', { text: label }), value] };
  };
  const perSecond = figure('API calls/s', 'kubernetes-calls-per-second');
  const calls = figure('API calls', 'kubernetes-calls');
  const throttled = figure('Throttled (429)', 'kubernetes-throttled');
  const restarts = figure('Watch restarts', 'kubernetes-watch-restarts');
  const status = el('p', { class: 'muted', dataset: { testid: 'kubernetes-status' }, text: 'Waiting for the first sample…' });
  const span = el('p', { class: 'hint' });
  const charts = {
    calls: lineChart('API calls per second', { unit: '/s' }),
    throttled: lineChart('Throttled (429) per second', { unit: '/s' }),
    restarts: lineChart('Watch restarts (total)'),
  };
  const figures = el('div', { hidden: true },
    el('dl', { class: 'stats' }, perSecond.nodes, calls.nodes, throttled.nodes, restarts.nodes),
    span,
    el('div', { class: 'charts' }, Object.values(charts).map(chart => chart.node)));

  return {
    node: el('div', {}, status, figures),
    update({ samples, capacity, intervalMilliseconds }) {
      const { calls: made, latest } = kubernetesFigures(samples, intervalMilliseconds);
      figures.hidden = !latest;
      if (samples.length === 0) status.textContent = 'Waiting for the first sample…';
      else status.textContent = latest ? '' : 'not connected: this silo runs without Kubernetes, so its cells have no pods.';
      if (!latest) return;

      perSecond.value.textContent = formatNumber(latest.apiCallsPerSecond);
      calls.value.textContent = formatNumber(made);
      throttled.value.textContent = formatNumber(latest.throttled);
      restarts.value.textContent = formatNumber(latest.watchRestarts);
      span.textContent = `API calls over the last ${formatDuration(samples.length * intervalMilliseconds / 1000)}; `
        + 'throttled answers and watch restarts since the silo started.';
      const series = key => samples.map(sample => sample.kubernetes?.[key] ?? null);
      charts.calls.update(series('apiCallsPerSecond'), capacity);
      charts.throttled.update(series('throttledPerSecond'), capacity);
      charts.restarts.update(series('watchRestarts'), capacity);
    },
  };
}
