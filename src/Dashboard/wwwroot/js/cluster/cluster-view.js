// The cluster, after the Orleans dashboard: silos, activations by grain type, messages and mailbox queues, calls,
// errors and latency per grain method, and the Kubernetes API, each with the last samples charted. The silo samples
// itself every second (GET /api/cluster keeps the last 100), so the charts are full as soon as the page opens. The silo
// table lists every silo the API names: one per silo process today, each of a cluster's silos once it has several.
import { api } from '../api.js';
import { lineChart, sparkline } from '../charts/line-chart.js';
import { el } from '../dom.js';
import { formatDuration, formatNumber, formatTime } from '../format.js';
import { liveTable } from '../table.js';
import { kubernetesPanel } from './kubernetes-panel.js';

const RETRY_MILLISECONDS = 2000;

/** A table cell holding a sparkline of one of the item's series. */
function sparkColumn(id, label, series) {
  return {
    id,
    header: '',
    create: item => {
      const chart = sparkline(`${label} of ${item.name}`);
      return { node: chart.node, update: current => chart.update(series(current), current.slots) };
    },
  };
}

/** Per grain type, its activations in every sample. */
function grainTypes(samples, slots) {
  const names = new Set(samples.flatMap(sample => Object.keys(sample.activationsByType)));
  return [...names].sort().map(name => {
    const activations = samples.map(sample => sample.activationsByType[name] ?? 0);
    return { name, slots, activations, latest: activations.at(-1) };
  });
}

/** Per grain method, its calls, errors and latency in every sample. */
function grainMethods(samples, slots) {
  const indexed = samples.map(sample => new Map(sample.methods.map(method => [method.method, method])));
  const names = new Set(samples.flatMap(sample => sample.methods.map(method => method.method)));
  return [...names].sort().map(name => {
    const series = key => indexed.map(methods => methods.get(name)?.[key] ?? (key === 'averageLatencyMilliseconds' ? null : 0));
    const latest = indexed.at(-1)?.get(name);
    return {
      name, slots, latest,
      calls: series('callsPerSecond'), errors: series('errorsPerSecond'), latency: series('averageLatencyMilliseconds'),
    };
  });
}

export function clusterView() {
  document.title = 'Cluster · OrleansLife';
  let timer = null;
  let stopped = false;

  const siloCount = el('p', { class: 'muted', dataset: { testid: 'silo-count' } });
  const silos = liveTable({
    label: 'Silos',
    key: silo => silo.address,
    empty: 'No silo answered.',
    columns: [
      { id: 'address', header: 'Silo', value: silo => silo.address },
      { id: 'status', header: 'Status', value: silo => silo.status },
      // Of several silos on one cluster, the leader plays the boards; a standby names it.
      { id: 'role', header: 'Boards', value: silo => silo.role === 'standby' ? `standby (${silo.leader} leads)` : silo.role },
      { id: 'uptime', header: 'Uptime', value: silo => formatDuration(silo.uptimeSeconds) },
      { id: 'started', header: 'Started', value: silo => formatTime(silo.startedAt) },
    ],
  });
  const charts = {
    activations: lineChart('Activations'),
    messages: lineChart('Messages per second', { unit: '/s' }),
    queued: lineChart('Queued messages'),
    longest: lineChart('Longest mailbox queue'),
    pending: lineChart('Pending calls'),
  };
  const types = liveTable({
    label: 'Activations by grain type',
    key: type => type.name,
    empty: 'No activations yet.',
    columns: [
      { id: 'type', header: 'Grain type', value: type => type.name },
      { id: 'activations', header: 'Activations', numeric: true, value: type => type.latest },
      sparkColumn('activations-chart', 'Activations', type => type.activations),
    ],
  });
  const methods = liveTable({
    label: 'Grain methods',
    key: method => method.name,
    empty: 'No grain method has been called yet.',
    columns: [
      { id: 'method', header: 'Method', value: method => method.name },
      { id: 'calls', header: 'Calls/s', numeric: true, value: method => method.latest?.callsPerSecond ?? 0 },
      sparkColumn('calls-chart', 'Calls per second', method => method.calls),
      { id: 'errors', header: 'Errors/s', numeric: true, value: method => method.latest?.errorsPerSecond ?? 0 },
      sparkColumn('errors-chart', 'Errors per second', method => method.errors),
      { id: 'latency', header: 'Avg latency (ms)', numeric: true, value: method => method.latest?.averageLatencyMilliseconds },
      sparkColumn('latency-chart', 'Average latency', method => method.latency),
    ],
  });
  const kubernetes = kubernetesPanel();
  const sampled = el('p', { class: 'muted' });
  const status = el('p', { class: 'status', role: 'status' });

  const node = el('div', { class: 'page' },
    el('section', { class: 'panel' }, el('h1', { text: 'Cluster' }), sampled, status, siloCount, silos.node),
    el('section', { class: 'panel' }, el('h2', { text: 'Runtime' }), el('div', { class: 'charts' }, Object.values(charts).map(chart => chart.node))),
    el('section', { class: 'panel', dataset: { testid: 'activations' } }, el('h2', { text: 'Activations by grain type' }), types.node),
    el('section', { class: 'panel', dataset: { testid: 'methods' } }, el('h2', { text: 'Grain methods' }),
      el('p', { class: 'hint', text: 'Request/response calls completed in each sample interval; one-way messages count under messages per second.' }),
      methods.node),
    el('section', { class: 'panel', dataset: { testid: 'kubernetes' } }, el('h2', { text: 'Kubernetes API' }), kubernetes.node));

  function show(cluster) {
    const { samples, capacity } = cluster;
    const series = key => samples.map(sample => sample[key]);
    silos.update(cluster.silos);
    const count = cluster.silos.length;
    siloCount.textContent = `${formatNumber(count)} ${count === 1 ? 'silo' : 'silos'}, as /api/cluster lists them (one per silo process).`;
    sampled.textContent = `Sampled every ${cluster.intervalMilliseconds / 1000} s: ${samples.length} of the last ${capacity} samples; `
      + `updated ${formatTime(cluster.at)}.`;
    charts.activations.update(series('activations'), capacity);
    charts.messages.update(series('messagesPerSecond'), capacity);
    charts.queued.update(series('queuedMessages'), capacity);
    charts.longest.update(series('longestQueue'), capacity);
    charts.pending.update(series('pendingCalls'), capacity);
    types.update(grainTypes(samples, capacity));
    methods.update(grainMethods(samples, capacity));
    kubernetes.update(cluster);
  }

  async function poll() {
    let wait = RETRY_MILLISECONDS;
    try {
      const cluster = await api.getCluster();
      if (stopped) return;
      show(cluster);
      status.textContent = '';
      wait = cluster.intervalMilliseconds;
    } catch (error) {
      status.textContent = `Could not read the cluster: ${error.message}`;
    }
    if (!stopped) timer = setTimeout(poll, wait);
  }

  poll();
  return {
    node,
    dispose() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
