// Shows a board on a canvas, and lets the user zoom (wheel, keys, buttons), pan (drag, arrows) and pick a cell (click).
// Only the visible window is painted (grid-paint.js), so a 4096 × 4096 board or an unbounded plane costs what the
// screen shows. A torus also shows, faint, a band of the cells across each edge: what its edge cells see as neighbours.
import { CellSet } from './cell-set.js';
import { GAP_FROM, paintPixels, paintRectangles } from './grid-paint.js';

const MIN_SCALE = 1 / 16;
const MAX_SCALE = 64;
const ZOOM_STEP = 1.5;
const DRAG_THRESHOLD = 4;
const WRAP_BAND = 2;

function clamp(value, low, high) {
  return Math.min(high, Math.max(low, value));
}

function grow(box, fraction, least) {
  const dx = Math.max(least, (box.x1 - box.x0) * fraction);
  const dy = Math.max(least, (box.y1 - box.y0) * fraction);
  return { x0: box.x0 - dx, y0: box.y0 - dy, x1: box.x1 + dx, y1: box.y1 + dy };
}

export class GridView {
  /** geometry: { width, height, topology } of the board; onSelect(cell or null) hears clicks; onChange() hears zoom and follow changes. */
  constructor(canvas, geometry, { onSelect = () => {}, onChange = () => {} } = {}) {
    this.canvas = canvas;
    this.context = canvas.getContext('2d', { alpha: false });
    this.geometry = geometry;
    this.unbounded = geometry.topology === 'unbounded';
    // Columns and rows of wrapped cells drawn past each edge: none but on a torus.
    const wraps = geometry.topology === 'torus';
    this.band = { x: wraps ? Math.min(WRAP_BAND, geometry.width) : 0, y: wraps ? Math.min(WRAP_BAND, geometry.height) : 0 };
    this.cells = new CellSet();
    // The colour of a live cell at (x, y), or null for the usual green; set to colour cells by their silo.
    this.colorOf = null;
    this.onSelect = onSelect;
    this.onChange = onChange;
    // Device pixels per cell, and the cell coordinates at the canvas's top-left corner.
    this.scale = 1;
    this.left = 0;
    this.top = 0;
    this.follow = this.unbounded;
    this.fitted = false;
    this.selected = null;
    this.drag = null;
    this.frame = 0;

    this.listeners = [
      ['wheel', event => this.onWheel(event), { passive: false }],
      ['pointerdown', event => this.onPointerDown(event)],
      ['pointermove', event => this.onPointerMove(event)],
      ['pointerup', event => this.onPointerUp(event)],
      ['pointercancel', () => { this.drag = null; }],
      ['keydown', event => this.onKey(event)],
    ];
    for (const [type, listener, options] of this.listeners) canvas.addEventListener(type, listener, options);
    this.resizing = new ResizeObserver(() => this.resize());
    this.resizing.observe(canvas);
    this.resize();
  }

  dispose() {
    this.resizing.disconnect();
    cancelAnimationFrame(this.frame);
    for (const [type, listener, options] of this.listeners) this.canvas.removeEventListener(type, listener, options);
  }

  /** Replaces the live cells (a snapshot). */
  setCells(cells) {
    this.cells = cells;
    this.redraw();
  }

  /** Colours live cells with colorOf(x, y) (null answers keep them green), or all green again with null. */
  setColorOf(colorOf) {
    this.colorOf = colorOf;
    this.redraw();
  }

  /** Draws again at the next frame: many generations arriving within one frame cost one drawing. */
  redraw() {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.draw());
  }

  resize() {
    // Until the canvas is laid out there is nothing to fit to; the observer calls again once it is.
    if (!this.canvas.clientWidth || !this.canvas.clientHeight) return;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(this.canvas.clientWidth * ratio));
    const height = Math.max(1, Math.round(this.canvas.clientHeight * ratio));
    if (width === this.canvas.width && height === this.canvas.height && this.fitted) return;
    this.canvas.width = width;
    this.canvas.height = height;
    if (!this.fitted) this.fit();
    this.draw();
  }

  /**
   * The box "fit" shows: the whole board (a torus with its band), or on the unbounded plane the live cells with a
   * margin (the start frame while none live).
   */
  home() {
    const { width, height } = this.geometry;
    if (!this.unbounded) return this.extent();
    const bounds = this.cells.bounds();
    return bounds ? grow(bounds, 0.25, 2) : { x0: 0, y0: 0, x1: width, y1: height };
  }

  fitTo(box) {
    const { width, height } = this.canvas;
    let scale = clamp(Math.min(width / (box.x1 - box.x0), height / (box.y1 - box.y0)), MIN_SCALE, MAX_SCALE);
    // Whole pixels per cell keep large cells all the same size.
    if (scale >= GAP_FROM) scale = Math.floor(scale);
    this.scale = scale;
    this.left = (box.x0 + box.x1) / 2 - width / 2 / scale;
    this.top = (box.y0 + box.y1) / 2 - height / 2 / scale;
  }

  fit() {
    this.fitTo(this.home());
    this.fitted = true;
    this.redraw();
    this.onChange();
  }

  setFollow(follow) {
    this.follow = follow && this.unbounded;
    if (this.follow) this.fit();
    this.onChange();
  }

  /** Zooms by factor, keeping the cell under device pixel (x, y) where it is (the canvas centre when not given). */
  zoomBy(factor, x = this.canvas.width / 2, y = this.canvas.height / 2) {
    const scale = clamp(this.scale * factor, MIN_SCALE, MAX_SCALE);
    this.left += x / this.scale - x / scale;
    this.top += y / this.scale - y / scale;
    this.scale = scale;
    this.follow = false;
    this.redraw();
    this.onChange();
  }

  zoomIn() {
    this.zoomBy(ZOOM_STEP);
  }

  zoomOut() {
    this.zoomBy(1 / ZOOM_STEP);
  }

  panBy(dx, dy) {
    this.left -= dx / this.scale;
    this.top -= dy / this.scale;
    this.follow = false;
    this.redraw();
    this.onChange();
  }

  /** The cell drawn at device pixel (x, y); the inverse of the rounding in draw(). */
  cellAt(x, y) {
    return { x: Math.floor(this.left + (x + 0.5) / this.scale), y: Math.floor(this.top + (y + 0.5) / this.scale) };
  }

  /** The cells drawn on a bounded board or torus: the board and its band, as { x0, y0, x1, y1 } with x1 and y1 one past the edge. */
  extent() {
    const { width, height } = this.geometry;
    return { x0: -this.band.x, y0: -this.band.y, x1: width + this.band.x, y1: height + this.band.y };
  }

  /** The board cell drawn at cell: itself, the cell it copies in a torus's band, or null off the board. */
  boardCell({ x, y }) {
    if (this.unbounded) return { x, y };
    const { width, height } = this.geometry;
    const extent = this.extent();
    if (x < extent.x0 || y < extent.y0 || x >= extent.x1 || y >= extent.y1) return null;
    return { x: (x + width) % width, y: (y + height) % height };
  }

  select(cell) {
    this.selected = cell;
    this.redraw();
    this.onSelect(cell);
  }

  devicePoint(event) {
    const ratio = this.canvas.width / Math.max(1, this.canvas.clientWidth);
    return { x: event.offsetX * ratio, y: event.offsetY * ratio, ratio };
  }

  onWheel(event) {
    event.preventDefault();
    const { x, y } = this.devicePoint(event);
    this.zoomBy(Math.exp(-event.deltaY * 0.002), x, y);
  }

  onPointerDown(event) {
    if (event.button !== 0) return;
    this.canvas.setPointerCapture(event.pointerId);
    this.drag = { x: event.clientX, y: event.clientY, moved: false };
  }

  onPointerMove(event) {
    const drag = this.drag;
    if (!drag) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    drag.moved = true;
    drag.x = event.clientX;
    drag.y = event.clientY;
    const { ratio } = this.devicePoint(event);
    this.panBy(dx * ratio, dy * ratio);
  }

  onPointerUp(event) {
    const drag = this.drag;
    this.drag = null;
    if (!drag || drag.moved) return;
    const { x, y } = this.devicePoint(event);
    this.select(this.boardCell(this.cellAt(x, y)));
  }

  onKey(event) {
    const step = Math.min(this.canvas.width, this.canvas.height) / 8;
    const actions = {
      ArrowLeft: () => this.panBy(step, 0),
      ArrowRight: () => this.panBy(-step, 0),
      ArrowUp: () => this.panBy(0, step),
      ArrowDown: () => this.panBy(0, -step),
      '+': () => this.zoomIn(),
      '=': () => this.zoomIn(),
      '-': () => this.zoomOut(),
      '0': () => this.fit(),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  /** Refits when following the live cells and they have left the view or shrunk to a speck in it; answers whether it did. */
  followCells() {
    const bounds = this.cells.bounds();
    if (!bounds) return false;
    const { width, height } = this.canvas;
    const right = this.left + width / this.scale;
    const bottom = this.top + height / this.scale;
    const inside = bounds.x0 >= this.left && bounds.y0 >= this.top && bounds.x1 <= right && bounds.y1 <= bottom;
    const viewArea = (right - this.left) * (bottom - this.top);
    const cellsArea = (bounds.x1 - bounds.x0) * (bounds.y1 - bounds.y0);
    if (inside && (cellsArea * 16 >= viewArea || this.scale >= MAX_SCALE)) return false;
    this.fitTo(this.home());
    return true;
  }

  draw() {
    this.frame = 0;
    if (!this.fitted) return;
    if (this.follow && this.followCells()) this.onChange();
    const { width, height } = this.canvas;
    const scale = this.scale;
    let x0 = Math.floor(this.left);
    let y0 = Math.floor(this.top);
    let x1 = Math.ceil(this.left + width / scale);
    let y1 = Math.ceil(this.top + height / scale);
    if (!this.unbounded) {
      const extent = this.extent();
      x0 = Math.max(x0, extent.x0);
      y0 = Math.max(y0, extent.y0);
      x1 = Math.min(x1, extent.x1);
      y1 = Math.min(y1, extent.y1);
    }

    const drawn = scale < 1 ? paintPixels(this, x0, y0, x1, y1) : paintRectangles(this, x0, y0, x1, y1);
    const data = this.canvas.dataset;
    data.drawnCells = String(drawn);
    data.scale = String(scale);
  }

  /** The device pixel column where cell column x starts (x + 1 gives where it ends). */
  x(cell) {
    return Math.round((cell - this.left) * this.scale);
  }

  /** The device pixel row where cell row y starts. */
  y(cell) {
    return Math.round((cell - this.top) * this.scale);
  }
}
