// The cluster as OrleansLife sees it: the Orleans silos with their part in playing the boards, activations by grain
// type, and the Kubernetes API, each with the last samples charted. Messages, queues and per-method calls and latency
// are the Orleans dashboard's to show (linked at the top). The silo samples the cluster every second (GET /api/cluster
// keeps the last 100), so the charts are full as soon as the page opens.
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
      { id: 'name', header: 'Name', value: silo => silo.name },
      { id: 'status', header: 'Status', value: silo => silo.status },
      { id: 'activations', header: 'Activations', numeric: true, value: silo => silo.activations },
      // The silo answering knows its own part in playing the boards; a standby names the leader.
      { id: 'role', header: 'Boards', value: silo => silo.role === 'standby' ? `standby (${silo.leader} leads)` : (silo.role ?? '') },
      { id: 'uptime', header: 'Uptime', value: silo => formatDuration(silo.uptimeSeconds) },
      { id: 'started', header: 'Started', value: silo => formatTime(silo.startedAt) },
    ],
  });
  const charts = {
    activations: lineChart('Activations'),
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
  const kubernetes = kubernetesPanel();
  const sampled = el('p', { class: 'muted' });
  const status = el('p', { class: 'status', role: 'status' });

  const node = el('div', { class: 'page' },
    el('section', { class: 'panel' }, el('h1', { text: 'Cluster' }), sampled, status,
      el('p', { class: 'hint' }, 'Messages, mailbox queues and the calls and latency of every grain method: see the ',
        el('a', { href: '/orleans/', text: 'Orleans dashboard', dataset: { testid: 'orleans-dashboard' } }), ' (every silo serves it).'),
      siloCount, silos.node),
    el('section', { class: 'panel' }, el('h2', { text: 'Activations' }), el('div', { class: 'charts' }, Object.values(charts).map(chart => chart.node))),
    el('section', { class: 'panel', dataset: { testid: 'activations' } }, el('h2', { text: 'Activations by grain type' }), types.node),
    el('section', { class: 'panel', dataset: { testid: 'kubernetes' } }, el('h2', { text: 'Kubernetes API' }), kubernetes.node));

  function show(cluster) {
    const { samples, capacity } = cluster;
    const series = key => samples.map(sample => sample[key]);
    silos.update(cluster.silos);
    const count = cluster.silos.length;
    siloCount.textContent = `${formatNumber(count)} ${count === 1 ? 'silo' : 'silos'} in this Orleans cluster, as /api/cluster lists them.`;
    sampled.textContent = `Sampled every ${cluster.intervalMilliseconds / 1000} s: ${samples.length} of the last ${capacity} samples; `
      + `updated ${formatTime(cluster.at)}.`;
    charts.activations.update(series('activations'), capacity);
    types.update(grainTypes(samples, capacity));
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
