// One board, live: the grid, its counters and population chart follow the board's event stream (a snapshot, then one
// event per generation), and the buttons pause, resume, step and delete it. Its pods and state are polled besides:
// generation events carry neither, and pods change by themselves (Pending, then Running) with no new generation.
import { api, ApiError } from '../api.js';
import { lineChart } from '../charts/line-chart.js';
import { el } from '../dom.js';
import { DASH, formatNumber, formatTime, numberOf } from '../format.js';
import { cellInfo } from './cell-info.js';
import { CellSet } from './cell-set.js';
import { GridView } from './grid-view.js';
import { podsPanel } from './pods.js';
import { SiloColors } from './silo-colors.js';

const HISTORY = 500;
const DELETE_CONFIRM_MILLISECONDS = 4000;
const POLL_MILLISECONDS = 1000;

export function boardView(name) {
  document.title = `${name} · OrleansLife`;
  const state = { board: null, generation: 0, population: 0, births: 0, deaths: 0, history: [], gone: false };
  let grid = null;
  let source = null;
  let frame = 0;
  let confirmTimer = null;
  let pollTimer = null;
  let stopped = false;

  const stat = (label, testid) => {
    const value = el('dd', { dataset: { testid }, text: DASH });
    return { value, nodes: [el('dt', { text: label }), value] };
  };
  const generation = stat('Generation', 'generation');
  const population = stat('Population', 'population');
  const births = stat('Births', 'births');
  const deaths = stat('Deaths', 'deaths');
  const badge = el('span', { class: 'badge', dataset: { testid: 'board-state' }, text: 'connecting' });
  const summary = el('p', { class: 'muted' });
  const message = el('p', { class: 'notice', dataset: { testid: 'board-message' } });
  const status = el('p', { class: 'status', role: 'status' });

  const pause = el('button', { type: 'button', text: 'Pause', onclick: () => command(pause, () => api.pause(name)) });
  const resume = el('button', { type: 'button', text: 'Resume', onclick: () => command(resume, () => api.resume(name)) });
  const steps = el('input', { type: 'number', value: '1', min: '1', class: 'narrow', 'aria-label': 'Generations to step' });
  const stepError = el('p', { class: 'field-error', dataset: { errorFor: 'generations' } });
  const step = el('button', { type: 'button', text: 'Step', onclick: stepBoard });
  const remove = el('button', { type: 'button', class: 'danger', text: 'Delete', onclick: deleteBoard });

  const canvas = el('canvas', { class: 'grid', tabIndex: 0, dataset: { testid: 'board-canvas' },
    'aria-label': `Cells of board ${name}: drag to pan, wheel or + and - to zoom, click a cell to see its pod` });
  const zoomLabel = el('span', { class: 'muted' });
  const follow = el('button', { type: 'button', text: 'Follow', hidden: true, onclick: () => grid?.setFollow(!grid.follow) });
  const siloColors = new SiloColors();
  const bySilo = el('button', { type: 'button', text: 'Silos', title: 'Colour the cells by the silo that hosts them',
    'aria-pressed': 'false', onclick: toggleSilos });
  const legend = el('ul', { class: 'legend', hidden: true, dataset: { testid: 'silo-legend' }, 'aria-label': 'Silos' });
  const cell = cellInfo(name, () => Boolean(state.board?.pods));
  const pods = podsPanel();
  const chart = lineChart('Population over time', { unit: 'cells' });

  const node = el('div', { class: 'board-page' },
    el('section', { class: 'panel grid-panel' },
      el('div', { class: 'toolbar' },
        el('button', { type: 'button', text: '+', title: 'Zoom in', 'aria-label': 'Zoom in', onclick: () => grid?.zoomIn() }),
        el('button', { type: 'button', text: '−', title: 'Zoom out', 'aria-label': 'Zoom out', onclick: () => grid?.zoomOut() }),
        el('button', { type: 'button', text: 'Fit', onclick: () => grid?.fit() }),
        follow, bySilo, zoomLabel),
      canvas, legend),
    el('aside', { class: 'side' },
      el('section', { class: 'panel' },
        el('h1', {}, el('a', { href: '#/', class: 'back', text: 'Boards' }), ' / ', name, ' ', badge),
        summary,
        message,
        el('dl', { class: 'stats' }, generation.nodes, population.nodes, births.nodes, deaths.nodes),
        el('p', { class: 'hint', text: 'Births and deaths are those of the last generation.' }),
        el('div', { class: 'toolbar' }, pause, resume, steps, step, remove),
        stepError, status),
      el('section', { class: 'panel', dataset: { testid: 'pods' } }, el('h2', { text: 'Pods' }), pods.node),
      el('section', { class: 'panel' }, el('h2', { text: 'Cell' }), cell.node),
      el('section', { class: 'panel' }, chart.node)));

  function render() {
    frame = 0;
    const board = state.board;
    generation.value.textContent = board ? formatNumber(state.generation) : DASH;
    population.value.textContent = board ? formatNumber(state.population) : DASH;
    births.value.textContent = board ? formatNumber(state.births) : DASH;
    deaths.value.textContent = board ? formatNumber(state.deaths) : DASH;
    badge.textContent = state.gone ? (board ? 'deleted' : 'not found') : board?.state ?? 'connecting';
    badge.dataset.state = badge.textContent;
    for (const button of [pause, resume, step, remove]) button.disabled = !board || state.gone || button.dataset.busy === 'true';
    if (board && !state.gone) {
      pause.disabled ||= board.state !== 'running';
      resume.disabled ||= board.state !== 'paused';
    }
    message.textContent = board?.message ?? '';
    chart.update(state.history);
    if (grid?.selected) cell.showState(grid.cells.has(grid.selected.x, grid.selected.y));
  }

  function scheduleRender() {
    if (!frame) frame = requestAnimationFrame(render);
  }

  function onSelect(selected) {
    cell.select(selected, selected ? grid.cells.has(selected.x, selected.y) : false);
  }

  function describe(board) {
    const max = board.maxGenerations === null ? '' : `, stops at generation ${formatNumber(board.maxGenerations)}`;
    summary.textContent = `${board.width}×${board.height} ${board.topology}, rule ${board.rule}, a generation every `
      + `${formatNumber(board.tickMilliseconds)} ms${max}; created ${formatTime(board.createdAt)}.`;
  }

  function onSnapshot(board) {
    state.board = board;
    state.generation = board.generation;
    state.population = board.population;
    state.births = board.lastBirths;
    state.deaths = board.lastDeaths;
    if (state.history.length === 0) state.history.push(board.population);
    describe(board);
    pods.update(board);
    if (!grid) {
      grid = new GridView(canvas, board, { onSelect, onChange: showZoom });
      if (bySilo.getAttribute('aria-pressed') === 'true') grid.setColorOf((x, y) => siloColors.colorOf(x, y));
      follow.hidden = board.topology !== 'unbounded';
    }
    grid.setCells(CellSet.from(board.cells));
    showZoom();
    scheduleRender();
  }

  function onGeneration(event) {
    if (event.generation <= state.generation) return;
    if (event.generation > state.generation + 1) {
      // The silo drops the oldest generations of a watcher that falls behind; the cells are only right again from a snapshot.
      connect();
      return;
    }
    for (const [x, y] of event.deaths) grid.cells.delete(x, y);
    for (const [x, y] of event.births) grid.cells.add(x, y);
    state.generation = event.generation;
    state.population = event.population;
    state.births = event.births.length;
    state.deaths = event.deaths.length;
    state.history.push(event.population);
    if (state.history.length > HISTORY) state.history.splice(0, state.history.length - HISTORY);
    const max = state.board.maxGenerations;
    if (max !== null && state.generation >= max) state.board.state = 'completed';
    grid.redraw();
    scheduleRender();
  }

  /** Takes what the poll read but the event stream does not carry: state, message and pods. */
  function onPoll(board) {
    pods.update(board);
    cell.refresh();
    if (!state.board || state.gone) return;
    state.board.state = board.state;
    state.board.message = board.message;
    state.board.pods = board.pods;
    scheduleRender();
  }

  function toggleSilos() {
    const on = bySilo.getAttribute('aria-pressed') !== 'true';
    bySilo.setAttribute('aria-pressed', String(on));
    legend.hidden = !on;
    grid?.setColorOf(on ? (x, y) => siloColors.colorOf(x, y) : null);
    if (on) pollTiles();
  }

  /** Reads which silo hosts each tile; tiles move only when silos come and go, so once a poll is enough. */
  async function pollTiles() {
    try {
      siloColors.update(await api.getTiles(name));
    } catch {
      return;
    }
    legend.replaceChildren(...siloColors.legend().map(([silo, color]) => {
      const swatch = el('span', { class: 'swatch' });
      // Through the CSSOM: the page's content security policy refuses style attributes.
      swatch.style.backgroundColor = color;
      return el('li', { dataset: { silo } }, swatch, silo);
    }));
    grid?.redraw();
  }

  async function poll() {
    try {
      const board = await api.getBoard(name);
      if (!stopped) onPoll(board);
      if (!stopped && bySilo.getAttribute('aria-pressed') === 'true') await pollTiles();
    } catch {
      // The event stream tells a board that is gone, and a silo that does not answer.
    }
    if (!stopped) pollTimer = setTimeout(poll, POLL_MILLISECONDS);
  }

  function connect() {
    source?.close();
    source = new EventSource(api.boardEventsUrl(name));
    source.addEventListener('snapshot', event => onSnapshot(JSON.parse(event.data)));
    source.addEventListener('generation', event => onGeneration(JSON.parse(event.data)));
    source.addEventListener('open', () => setStatus(''));
    source.addEventListener('error', () => {
      // The browser reconnects by itself after a dropped stream; it gives up when the silo answers with an error (404).
      if (source.readyState !== EventSource.CLOSED) {
        setStatus('The connection to the silo dropped; reconnecting…');
        return;
      }
      state.gone = true;
      setStatus(`There is no board named '${name}' (any more).`);
      scheduleRender();
    });
  }

  function setStatus(text) {
    status.textContent = text;
  }

  function showZoom() {
    if (!grid) return;
    zoomLabel.textContent = `${formatNumber(grid.scale)} px per cell`;
    follow.setAttribute('aria-pressed', String(grid.follow));
  }

  async function command(button, action) {
    button.dataset.busy = 'true';
    stepError.textContent = '';
    setStatus('');
    render();
    try {
      const board = await action();
      if (board && state.board) state.board.state = board.state;
    } catch (error) {
      if (error instanceof ApiError && error.errors.generations) stepError.textContent = error.errors.generations.join(' ');
      else setStatus(error.message);
    } finally {
      delete button.dataset.busy;
      scheduleRender();
    }
  }

  function stepBoard() {
    command(step, () => api.step(name, numberOf(steps.value)));
  }

  function deleteBoard() {
    if (!remove.classList.contains('confirm')) {
      remove.classList.add('confirm');
      remove.textContent = 'Really delete?';
      confirmTimer = setTimeout(() => {
        remove.classList.remove('confirm');
        remove.textContent = 'Delete';
      }, DELETE_CONFIRM_MILLISECONDS);
      return;
    }
    clearTimeout(confirmTimer);
    command(remove, async () => {
      await api.deleteBoard(name);
      location.hash = '#/';
    });
  }

  connect();
  poll();
  render();
  return {
    node,
    dispose() {
      stopped = true;
      clearTimeout(pollTimer);
      source?.close();
      grid?.dispose();
      cancelAnimationFrame(frame);
      clearTimeout(confirmTimer);
    },
  };
}
