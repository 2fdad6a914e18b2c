// The clicked cell: its coordinates and state at once, then its pod's name and phase as GET
// /api/boards/{name}/cells/{x}/{y} answers. Pods change phase by themselves (Pending, then Running), so the board view
// asks again whenever it polls the board.
import { api } from '../api.js';
import { el } from '../dom.js';
import { DASH } from '../format.js';
import { podName, podPhase } from './pods.js';

/** The cell panel of board `board`; kubernetes() answers whether the board has pods at all. */
export function cellInfo(board, kubernetes) {
  const node = el('div', { class: 'cell-info', dataset: { testid: 'cell-info' } });
  let cell = null;
  let parts = null;

  function select(selected, alive) {
    cell = selected;
    if (!cell) {
      parts = null;
      node.replaceChildren(el('p', { class: 'muted', text: 'Click a cell to see its coordinates and its pod.' }));
      return;
    }
    parts = {
      state: el('dd'),
      pod: el('dd', { class: 'mono', dataset: { testid: 'pod-name' }, text: alive ? podName(board, cell.x, cell.y) : DASH }),
      phase: el('dd', { dataset: { testid: 'pod-phase' }, text: DASH }),
    };
    node.replaceChildren(el('dl', { class: 'pairs' },
      el('dt', { text: 'Coordinates' }), el('dd', { dataset: { testid: 'cell-coordinates' }, text: `(${cell.x}, ${cell.y})` }),
      el('dt', { text: 'State' }), parts.state,
      el('dt', { text: 'Pod' }), parts.pod,
      el('dt', { text: 'Pod phase' }), parts.phase));
    showState(alive);
    refresh();
  }

  function showState(alive) {
    if (parts) parts.state.textContent = alive ? 'alive' : 'dead';
  }

  async function refresh() {
    const asked = cell;
    if (!asked) return;
    let answer;
    try {
      answer = await api.getCell(board, asked.x, asked.y);
    } catch (error) {
      if (cell === asked) parts.phase.textContent = `unknown: ${error.message}`;
      return;
    }
    // A later click may have chosen another cell while this one was asked about.
    if (cell !== asked) return;
    parts.pod.textContent = answer.pod?.name ?? (answer.alive ? podName(board, asked.x, asked.y) : DASH);
    parts.phase.textContent = podPhase(answer, kubernetes());
  }

  select(null);
  return { node, select, showState, refresh };
}
