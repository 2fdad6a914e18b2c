import { api, boardHref } from '../api.js';
import { el } from '../dom.js';
import { liveTable } from '../table.js';
import { podColumns } from './pods.js';

// The list polls GET /api/boards?cells=false once a second instead of watching each board's event stream: it needs
// every board, including ones created elsewhere, which no stream announces; and a stream per board would hold one of
// the browser's six HTTP/1.1 connections to the silo each, so with six boards the page could make no other request.
// One small request a second costs the silo one grain call per board.
const POLL_MILLISECONDS = 1000;

export const boardColumns = [
  {
    id: 'name',
    header: 'Name',
    create: board => ({ node: el('a', { href: boardHref(board.name), text: board.name }) }),
  },
  { id: 'generation', header: 'Generation', numeric: true, value: board => board.generation },
  { id: 'population', header: 'Population', numeric: true, value: board => board.population },
  {
    id: 'state',
    header: 'State',
    // A board the silo paused by itself (at a pod cap, say) says why under its state.
    create: () => {
      const state = el('span');
      const message = el('span', { class: 'note' });
      return {
        node: el('div', {}, state, message),
        update: board => {
          state.textContent = board.state;
          message.textContent = board.message ?? '';
        },
      };
    },
  },
  { id: 'size', header: 'Size', value: board => `${board.width}×${board.height} ${board.topology}` },
  ...podColumns,
];

/** Every board with its progress, refreshed every second. */
export function boardTable() {
  const table = liveTable({ columns: boardColumns, key: board => board.name, empty: 'No boards yet: create one below.', label: 'Boards' });
  const status = el('p', { class: 'status', role: 'status' });
  let timer = null;
  let stopped = false;

  async function poll() {
    try {
      table.update(await api.listBoards());
      status.textContent = '';
    } catch (error) {
      status.textContent = `Could not list the boards: ${error.message}`;
    }
    if (!stopped) timer = setTimeout(poll, POLL_MILLISECONDS);
  }

  poll();
  return {
    node: el('div', {}, table.node, status),
    dispose() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
