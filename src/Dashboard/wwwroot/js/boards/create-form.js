// The form that creates a board. It checks nothing itself: the API validates the spec and the form shows each of the
// API's messages next to the field its problem details key names, so the two can never disagree.
import { api, ApiError } from '../api.js';
import { el } from '../dom.js';
import { numberOf } from '../format.js';
import { drawPreview } from './pattern-preview.js';

const START_STATES = [
  { id: 'pattern', label: 'Pattern' },
  { id: 'text', label: 'Text' },
  { id: 'rle', label: 'RLE' },
  { id: 'random', label: 'Random' },
];

// Error keys for which the form has no control of their own, and the control whose message slot takes them.
const ERROR_HOMES = { random: 'random.density' };

/** The create form; calls onCreated with the API's board once one is created. */
export function createForm(onCreated) {
  const fields = new Map();
  const patterns = new Map();
  let disposed = false;

  function field(key, label, control, hint) {
    const id = key.replace(/\W/g, '-');
    control.id = `field-${id}`;
    control.name = key;
    const error = el('p', { class: 'field-error', id: `error-${id}`, dataset: { errorFor: key } });
    control.setAttribute('aria-describedby', error.id);
    const wrapper = el('div', { class: 'field', dataset: { field: key } },
      el('label', { for: control.id, text: label }), control, hint ? el('p', { class: 'hint', text: hint }) : null, error);
    fields.set(key, { wrapper, control, error });
    return wrapper;
  }

  const name = el('input', { type: 'text', placeholder: 'my-board', autocomplete: 'off', spellcheck: false });
  const width = el('input', { type: 'number', value: '48', min: '1' });
  const height = el('input', { type: 'number', value: '32', min: '1' });
  const topology = el('select', {}, ['bounded', 'torus', 'unbounded'].map(value => el('option', { value, text: value })));
  const rule = el('input', { type: 'text', placeholder: 'B3/S23', autocomplete: 'off', spellcheck: false });
  const tick = el('input', { type: 'number', value: '500', min: '0' });
  const maxGenerations = el('input', { type: 'number', min: '0', placeholder: 'never' });
  const paused = el('input', { type: 'checkbox' });
  const pacing = el('select', { onchange: showPacing }, ['follow', 'lockstep'].map(value => el('option', { value, text: value })));
  const waitForRunning = el('input', { type: 'checkbox' });
  const podTimeout = el('input', { type: 'number', min: '1', placeholder: '10000' });
  const maxPods = el('input', { type: 'number', min: '0', placeholder: 'the silo\'s cap' });

  const pattern = el('select', {}, el('option', { value: '', text: 'Loading patterns…' }));
  const preview = el('canvas', { class: 'preview', width: 192, height: 128, dataset: { testid: 'pattern-preview' } });
  const patternInfo = el('p', { class: 'hint' });
  const text = el('textarea', { rows: 2, value: 'VMworld', spellcheck: false });
  const rle = el('textarea', { rows: 5, spellcheck: false, placeholder: 'x = 3, y = 3, rule = B3/S23\nbo$2bo$3o!' });
  const density = el('input', { type: 'number', value: '0.3', min: '0', max: '1', step: '0.05' });
  const seed = el('input', { type: 'number', placeholder: 'from the name', step: '1' });

  const panels = {
    pattern: el('div', { class: 'start-panel' }, field('pattern', 'Library pattern', pattern), el('div', { class: 'preview-box' }, preview, patternInfo)),
    text: el('div', { class: 'start-panel' }, field('text', 'Text, drawn with the built-in font', text, 'A new line starts a new row of letters.')),
    rle: el('div', { class: 'start-panel' }, field('rle', 'Run Length Encoded pattern', rle, 'Paste an .rle file, header line included.')),
    random: el('div', { class: 'start-panel row' },
      field('random.density', 'Density (0 to 1)', density), field('random.seed', 'Seed', seed)),
  };
  const choices = START_STATES.map(state => el('label', { class: 'choice' },
    el('input', { type: 'radio', name: 'start', value: state.id, checked: state.id === 'pattern', onchange: showStartState }), state.label));

  // Only lockstep pacing waits for pods, so only it asks how long and for what.
  const lockstep = el('div', { class: 'row' },
    el('div', { class: 'field checkbox' }, el('label', {}, waitForRunning, ' Wait for Running')),
    field('podTimeoutMilliseconds', 'Pod timeout (ms)', podTimeout, 'How long a generation waits for its pods before going on.'));

  const formError = el('div', { class: 'form-error', role: 'alert', dataset: { testid: 'form-error' } });
  const submitButton = el('button', { type: 'submit', class: 'primary', text: 'Create board' });
  const node = el('form', { class: 'create-form', novalidate: true, onsubmit: submit },
    el('div', { class: 'row' },
      field('name', 'Name', name, 'Lower-case letters, digits and "-".'),
      field('width', 'Width', width), field('height', 'Height', height), field('topology', 'Topology', topology),
      field('rule', 'Rule', rule, 'Empty: the pattern\'s own rule, else B3/S23.')),
    el('fieldset', { class: 'start' }, el('legend', { text: 'Start state' }), el('div', { class: 'choices' }, choices), Object.values(panels)),
    el('div', { class: 'row' },
      field('tickMilliseconds', 'Tick (ms)', tick, '0 runs as fast as the cells can go.'),
      field('maxGenerations', 'Stop at generation', maxGenerations),
      field('maxPods', 'Max pods', maxPods, 'More live cells than this pause the board.'),
      el('div', { class: 'field checkbox' }, el('label', {}, paused, ' Start paused'))),
    el('div', { class: 'row' },
      field('pacing', 'Pacing', pacing, 'Follow: pods chase the generations. Lockstep: each generation waits for its pods.'),
      lockstep),
    formError,
    el('div', { class: 'actions' }, submitButton));

  function showPacing() {
    lockstep.hidden = pacing.value !== 'lockstep';
  }

  function selectedStart() {
    return node.querySelector('input[name="start"]:checked').value;
  }

  function showStartState() {
    const chosen = selectedStart();
    for (const [id, panel] of Object.entries(panels)) panel.hidden = id !== chosen;
  }

  async function showPattern() {
    const chosen = pattern.value;
    if (!chosen) return;
    try {
      if (!patterns.has(chosen)) patterns.set(chosen, await api.getPattern(chosen));
      if (disposed || pattern.value !== chosen) return;
      const details = patterns.get(chosen);
      drawPreview(preview, details);
      const rule = details.rule ? `, made for ${details.rule}` : '';
      patternInfo.textContent = `${details.width}×${details.height}, ${details.population} cells${rule}. ${details.description ?? ''}`;
    } catch (error) {
      patternInfo.textContent = `No preview: ${error.message}`;
    }
  }

  async function loadPatterns() {
    try {
      const list = await api.listPatterns();
      if (disposed) return;
      pattern.replaceChildren(...list.map(item => el('option', { value: item.name, text: `${item.title} (${item.width}×${item.height})` })));
      if (list.some(item => item.name === 'glider')) pattern.value = 'glider';
      await showPattern();
    } catch (error) {
      pattern.replaceChildren(el('option', { value: '', text: 'No patterns' }));
      patternInfo.textContent = `The pattern library could not be read: ${error.message}`;
    }
  }

  function spec() {
    const body = {
      name: name.value,
      width: numberOf(width.value),
      height: numberOf(height.value),
      topology: topology.value,
      rule: rule.value.trim() || undefined,
      tickMilliseconds: numberOf(tick.value),
      maxGenerations: numberOf(maxGenerations.value),
      paused: paused.checked,
      pacing: pacing.value,
      maxPods: numberOf(maxPods.value),
    };
    if (pacing.value === 'lockstep') {
      body.waitForRunning = waitForRunning.checked;
      body.podTimeoutMilliseconds = numberOf(podTimeout.value);
    }
    switch (selectedStart()) {
      case 'pattern': body.pattern = pattern.value; break;
      case 'text': body.text = text.value; break;
      case 'rle': body.rle = rle.value; break;
      default: body.random = { density: numberOf(density.value), seed: numberOf(seed.value) }; break;
    }
    return body;
  }

  /** The control whose message slot shows errors under key: itself, its home, or its parent's ("cells[3]" → "cells"). */
  function fieldFor(key) {
    for (let current = key; current;) {
      const found = fields.get(current) ?? fields.get(ERROR_HOMES[current]);
      if (found) return found;
      const parent = current.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
      current = parent === current ? '' : parent;
    }
    return null;
  }

  function clearErrors() {
    formError.replaceChildren();
    for (const { wrapper, control, error } of fields.values()) {
      error.textContent = '';
      wrapper.classList.remove('invalid');
      control.removeAttribute('aria-invalid');
    }
  }

  function showProblem(problem) {
    const elsewhere = [];
    let first = null;
    for (const [key, messages] of Object.entries(problem instanceof ApiError ? problem.errors : {})) {
      const target = fieldFor(key);
      if (!target) {
        elsewhere.push(`${key}: ${messages.join(' ')}`);
        continue;
      }
      target.error.textContent = [target.error.textContent, ...messages].filter(Boolean).join(' ');
      target.wrapper.classList.add('invalid');
      target.control.setAttribute('aria-invalid', 'true');
      first ??= target.control;
    }

    const summary = problem instanceof ApiError && problem.title ? problem.title : problem.message;
    formError.append(el('p', { text: first && !elsewhere.length ? `${summary} See the marked fields.` : summary }));
    if (!first && problem instanceof ApiError && problem.detail && problem.detail !== summary) formError.append(el('p', { text: problem.detail }));
    if (elsewhere.length) formError.append(el('ul', {}, elsewhere.map(line => el('li', { text: line }))));
    (first ?? submitButton).focus();
  }

  async function submit(event) {
    event.preventDefault();
    clearErrors();
    submitButton.disabled = true;
    try {
      const board = await api.createBoard(spec());
      if (!disposed) onCreated(board);
    } catch (error) {
      if (!disposed) showProblem(error);
    } finally {
      submitButton.disabled = false;
    }
  }

  pattern.addEventListener('change', showPattern);
  showStartState();
  showPacing();
  loadPatterns();
  return { node, dispose() { disposed = true; } };
}
