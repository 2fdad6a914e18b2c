import { boardHref } from '../api.js';
import { el } from '../dom.js';
import { boardTable } from './board-table.js';
import { createForm } from './create-form.js';

/** The start page: the boards, and the form that creates one. */
export function boardsView() {
  document.title = 'Boards · OrleansLife';
  const table = boardTable();
  const form = createForm(board => { location.hash = boardHref(board.name); });
  return {
    node: el('div', { class: 'page' },
      el('section', { class: 'panel' }, el('h1', { text: 'Boards' }), table.node),
      el('section', { class: 'panel' }, el('h2', { text: 'New board' }), form.node)),
    dispose() {
      table.dispose();
      form.dispose();
    },
  };
}
