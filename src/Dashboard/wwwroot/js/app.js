// Routes on the URL's fragment (#/, #/boards/<name>, #/cluster), so the silo serves one page and a reload keeps the view.
// A view is a function returning { node, dispose }; dispose closes its event streams and timers.
import { askForToken } from './access/token-dialog.js';
import { onTokenNeeded } from './api.js';
import { boardView } from './boards/board-view.js';
import { boardsView } from './boards/boards-view.js';
import { clusterView } from './cluster/cluster-view.js';
import { el } from './dom.js';

const routes = [
  { pattern: /^#\/boards\/([^/]+)$/, nav: 'boards', view: ([name]) => boardView(decodeURIComponent(name)) },
  { pattern: /^#\/cluster$/, nav: 'cluster', view: () => clusterView() },
  { pattern: /^(#\/?)?$/, nav: 'boards', view: () => boardsView() },
];

let dispose = null;

function render() {
  dispose?.();
  dispose = null;
  const main = document.getElementById('view');
  const hash = location.hash;
  const route = routes.find(candidate => candidate.pattern.test(hash));
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === route?.nav) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }

  if (!route) {
    document.title = 'OrleansLife';
    main.replaceChildren(el('p', { text: `There is no page at ${hash}. ` }, el('a', { href: '#/', text: 'Go to the boards.' })));
    return;
  }

  const view = route.view(hash.match(route.pattern).slice(1));
  main.replaceChildren(view.node);
  dispose = view.dispose;
}

onTokenNeeded(askForToken);
window.addEventListener('hashchange', render);
render();
