// Every live cell runs as a Kubernetes pod named <board>-<x>-<y>. Boards carry `pods` (desired, existing, running,
// terminating, and how many generations the pods lag behind), or null when the silo runs without Kubernetes, in which
// case every pod figure reads "—".
import { el } from '../dom.js';
import { DASH, formatNumber, show } from '../format.js';

/** The pods columns of the board list (see table.js for the column shape). */
export const podColumns = [
  { id: 'pods-existing', header: 'Pods existing', numeric: true, value: board => board.pods?.existing },
  { id: 'pods-running', header: 'Pods running', numeric: true, value: board => board.pods?.running },
];

/** The name of the pod that runs cell (x, y): `<board>-<x>-<y>`, within Kubernetes' 63 characters by the board name's limit. */
export function podName(board, x, y) {
  return `${board}-${x}-${y}`;
}

/** What a cell's pod phase reads, from GET /api/boards/{name}/cells/{x}/{y}'s answer: the phase, or why there is no pod. */
export function podPhase(cell, kubernetes) {
  if (cell.pod) return cell.pod.phase;
  if (!kubernetes) return DASH;
  return cell.alive ? 'not created yet' : 'none: a dead cell has no pod';
}

/** How a board's generations wait for its pods, in words. */
export function describePacing(board) {
  const cap = board.maxPods === null ? '' : `; at most ${formatNumber(board.maxPods)} pods`;
  if (board.pacing !== 'lockstep') return `follow (the pods chase the generations${cap})`;
  return `lockstep (each generation waits for its pods to ${board.waitForRunning ? 'be Running' : 'exist'}${cap})`;
}

/** The board view's pods panel: desired, existing, running and terminating pods, and how far they lag the generations. */
export function podsPanel() {
  const figure = (label, testid) => {
    const value = el('dd', { dataset: { testid }, text: DASH });
    return { value, nodes: [el('dt', { text: label }), value] };
  };
  const desired = figure('Desired', 'pods-desired');
  const existing = figure('Existing', 'pods-existing');
  const running = figure('Running', 'pods-running');
  const lag = figure('Lag (gens)', 'pods-lag');
  const detail = el('p', { class: 'hint', dataset: { testid: 'pods-detail' } });
  const pacing = el('p', { class: 'hint', dataset: { testid: 'pods-pacing' } });
  const problem = el('p', { class: 'notice', role: 'status', dataset: { testid: 'pods-problem' } });

  return {
    node: el('div', {}, el('dl', { class: 'stats' }, desired.nodes, existing.nodes, running.nodes, lag.nodes), detail, pacing, problem),
    update(board) {
      const pods = board.pods;
      desired.value.textContent = show(pods?.desired);
      existing.value.textContent = show(pods?.existing);
      running.value.textContent = show(pods?.running);
      lag.value.textContent = show(pods?.lagGenerations);
      detail.textContent = pods
        ? `${formatNumber(pods.terminating)} terminating; the pods show generation ${show(pods.shownGeneration)}.`
        : 'This silo runs without Kubernetes: its cells have no pods.';
      pacing.textContent = `Pacing: ${describePacing(board)}.`;
      problem.textContent = pods?.problem ?? '';
    },
  };
}
