// A table whose rows are kept by key between updates, so that a refresh changes text in place instead of rebuilding
// the rows (and their links, charts and focus) every second.
import { el } from './dom.js';
import { show } from './format.js';

/**
 * columns: { id, header, numeric?, value?: item => value } for text cells, or { id, header, create: item => ({ node,
 * update(item) }) } for cells that hold nodes (links, charts). key: item => string.
 */
export function liveTable({ columns, key, empty, label }) {
  const body = el('tbody');
  const rows = new Map();
  const emptyRow = el('tr', { class: 'empty' }, el('td', { colSpan: columns.length, text: empty }));
  const node = el('table', { class: 'data', 'aria-label': label },
    el('thead', {}, el('tr', {}, columns.map(column =>
      el('th', { scope: 'col', class: column.numeric ? 'num' : null, text: column.header })))),
    body);
  body.append(emptyRow);

  function createRow(item) {
    const updates = [];
    const tr = el('tr', { dataset: { key: key(item) } }, columns.map(column => {
      const td = el('td', { class: column.numeric ? 'num' : null, dataset: { column: column.id } });
      if (column.create) {
        const part = column.create(item);
        td.append(part.node);
        if (part.update) updates.push(part.update);
      } else {
        updates.push(current => { td.textContent = show(column.value(current)); });
      }
      return td;
    }));
    return { tr, update: item => updates.forEach(update => update(item)) };
  }

  function update(items) {
    const seen = new Set();
    items.forEach((item, index) => {
      const k = key(item);
      seen.add(k);
      let row = rows.get(k);
      if (!row) rows.set(k, row = createRow(item));
      row.update(item);
      if (body.children[index] !== row.tr) body.insertBefore(row.tr, body.children[index] ?? null);
    });
    for (const [k, row] of rows) {
      if (seen.has(k)) continue;
      row.tr.remove();
      rows.delete(k);
    }
    if (items.length === 0) body.replaceChildren(emptyRow);
    else emptyRow.remove();
  }

  return { node, update };
}
