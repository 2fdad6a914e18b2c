// Hand-drawn SVG line charts: no library, no build step. Values are plotted from the left, one slot each, so that a
// history of fixed length (the cluster's last 100 samples) keeps its time axis while it fills; null leaves a gap.
import { el, svg } from '../dom.js';
import { formatNumber } from '../format.js';

const WIDTH = 300;
const HEIGHT = 100;

const missing = value => value === null || value === undefined || Number.isNaN(value);

function pathOf(values, slots, max) {
  const step = slots > 1 ? WIDTH / (slots - 1) : 0;
  const offset = slots - values.length;
  // Headroom above the largest value keeps the line off the frame.
  const ceiling = max * 1.15;
  let d = '';
  values.forEach((value, index) => {
    if (missing(value)) return;
    const x = ((offset + index) * step).toFixed(1);
    const y = (HEIGHT - (ceiling > 0 ? value / ceiling : 0) * (HEIGHT - 4) - 2).toFixed(1);
    const joined = index > 0 && !missing(values[index - 1]);
    // A value alone between gaps gets a tiny stroke, which the round cap turns into a dot.
    const alone = !joined && (index === values.length - 1 || missing(values[index + 1]));
    d += `${joined ? 'L' : 'M'}${x} ${y}${alone ? 'h0.1' : ''}`;
  });
  return d;
}

/** A bare chart for a table cell: the line, scaled to its own maximum. */
export function sparkline(label) {
  const line = svg('path', { class: 'chart-line', 'vector-effect': 'non-scaling-stroke' });
  const node = svg('svg', { class: 'sparkline', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, preserveAspectRatio: 'none', role: 'img', 'aria-label': label }, line);
  return {
    node,
    update(values, slots = values.length) {
      const max = Math.max(0, ...values.filter(value => value !== null && value !== undefined));
      line.setAttribute('d', pathOf(values, slots, max));
    },
  };
}

/** A captioned chart: title, latest value, the line, and its scale (0 to the largest value shown). */
export function lineChart(title, { unit = '' } = {}) {
  const latest = el('span', { class: 'chart-latest' });
  const top = el('span', { class: 'chart-max' });
  const line = svg('path', { class: 'chart-line', 'vector-effect': 'non-scaling-stroke' });
  const plot = svg('svg', { class: 'chart-plot', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, preserveAspectRatio: 'none', role: 'img', 'aria-label': title },
    svg('line', { class: 'chart-axis', x1: 0, y1: HEIGHT - 1, x2: WIDTH, y2: HEIGHT - 1, 'vector-effect': 'non-scaling-stroke' }),
    line);
  const node = el('figure', { class: 'chart' },
    el('figcaption', {}, el('span', { class: 'chart-title', text: title }), latest),
    el('div', { class: 'chart-body' }, plot, top));
  const suffix = unit ? ` ${unit}` : '';

  return {
    node,
    update(values, slots = values.length) {
      const known = values.filter(value => value !== null && value !== undefined);
      const max = Math.max(0, ...known);
      line.setAttribute('d', pathOf(values, slots, max));
      latest.textContent = known.length ? `${formatNumber(values.at(-1) ?? 0)}${suffix}` : 'no data yet';
      top.textContent = `max ${formatNumber(max)}`;
    },
  };
}
