// Paints a board's visible window onto its canvas. Cells land on whole device pixels; from GAP_FROM pixels per cell on,
// each keeps a one-pixel gap on its right and bottom, so that every live cell is a separate green rectangle (which the
// browser tests count). Both painters answer how many live cells they drew; the faint copies a torus shows past its
// edges are not counted.

/** The hackathon's colours: live cells green (unless coloured by their silo), dead cells grey. */
export const COLORS = {
  live: '#2ea043',
  dead: '#d0d7de',
  gap: '#eef1f4',
  outside: '#ffffff',
  selected: '#bf3989',
  wrappedLive: '#a7dcb2',
  wrappedDead: '#e4e9ed',
};

/** Device pixels per cell from which cells are drawn with a gap between them. */
export const GAP_FROM = 4;

/** A CSS colour (#rrggbb) as a pixel of ImageData's Uint32 view (little-endian ABGR). */
function pixel(hex) {
  const value = Number.parseInt(hex.slice(1), 16);
  return ((255 << 24) | ((value & 0xff) << 16) | (value & 0xff00) | (value >> 16)) >>> 0;
}

function clamp(value, low, high) {
  return Math.min(high, Math.max(low, value));
}

/** The cells x0 ≤ x < x1, y0 ≤ y < y1 on screen, clipped to the canvas, in device pixels. */
function screenBox(view, { x0, y0, x1, y1 }) {
  const { width, height } = view.canvas;
  return {
    left: clamp(view.x(x0), 0, width), top: clamp(view.y(y0), 0, height),
    right: clamp(view.x(x1), 0, width), bottom: clamp(view.y(y1), 0, height),
  };
}

function fillBox(g, box) {
  g.fillRect(box.left, box.top, box.right - box.left, box.bottom - box.top);
}

/** Fills cell (x, y) in the current colour, less its gap; answers whether any of it is on the canvas. */
function fillCell(view, x, y, spacing) {
  const left = view.x(x);
  const top = view.y(y);
  const right = view.x(x + 1) - spacing;
  const bottom = view.y(y + 1) - spacing;
  // A cell at the edge of the window may round to no pixel on the canvas; it is not counted as drawn.
  if (right <= 0 || bottom <= 0 || left >= view.canvas.width || top >= view.canvas.height) return false;
  view.context.fillRect(left, top, right - left, bottom - top);
  return true;
}

/** On a torus, the faint copies of the board's cells that fall in the window's band past the edges. */
function paintWrapped(view, x0, y0, x1, y1, spacing) {
  const { width, height } = view.geometry;
  view.context.fillStyle = COLORS.wrappedLive;
  for (const dx of [-width, 0, width]) {
    for (const dy of [-height, 0, height]) {
      if (dx === 0 && dy === 0) continue;
      view.cells.forEachIn(x0 - dx, y0 - dy, x1 - dx, y1 - dy, (x, y) => fillCell(view, x + dx, y + dy, spacing));
    }
  }
}

/** From one pixel per cell up: a rectangle per live cell in the window x0 ≤ x < x1, y0 ≤ y < y1 of the GridView. */
export function paintRectangles(view, x0, y0, x1, y1) {
  const g = view.context;
  const { width, height } = view.canvas;
  const wraps = view.band.x > 0 || view.band.y > 0;
  // The area cells occupy on screen: the whole canvas on the plane, else the board (and a torus's band) clipped to it.
  const area = view.unbounded ? { left: 0, top: 0, right: width, bottom: height } : screenBox(view, view.extent());
  g.fillStyle = COLORS.outside;
  g.fillRect(0, 0, width, height);
  g.fillStyle = wraps ? COLORS.wrappedDead : COLORS.dead;
  fillBox(g, area);
  if (wraps) {
    g.fillStyle = COLORS.dead;
    fillBox(g, screenBox(view, { x0: 0, y0: 0, x1: view.geometry.width, y1: view.geometry.height }));
  }

  const spacing = view.scale >= GAP_FROM ? 1 : 0;
  if (spacing) {
    g.fillStyle = COLORS.gap;
    for (let x = x0; x < x1; x++) g.fillRect(view.x(x + 1) - 1, area.top, 1, area.bottom - area.top);
    for (let y = y0; y < y1; y++) g.fillRect(area.left, view.y(y + 1) - 1, area.right - area.left, 1);
  }

  let drawn = 0;
  g.fillStyle = COLORS.live;
  view.cells.forEachIn(x0, y0, x1, y1, (x, y) => {
    if (view.colorOf) g.fillStyle = view.colorOf(x, y) ?? COLORS.live;
    if (fillCell(view, x, y, spacing)) drawn++;
  });
  if (wraps) paintWrapped(view, x0, y0, x1, y1, spacing);

  if (view.selected && spacing) {
    // The outline runs along the gaps around the cell, so it never covers a cell's own pixels.
    const { x, y } = view.selected;
    const left = view.x(x) - 1, top = view.y(y) - 1, right = view.x(x + 1) - 1, bottom = view.y(y + 1) - 1;
    g.fillStyle = COLORS.selected;
    g.fillRect(left, top, right - left + 1, 1);
    g.fillRect(left, bottom, right - left + 1, 1);
    g.fillRect(left, top, 1, bottom - top + 1);
    g.fillRect(right, top, 1, bottom - top + 1);
  }
  return drawn;
}

/** Below one pixel per cell: one pixel stands for several cells, and is green when any of them lives. */
export function paintPixels(view, x0, y0, x1, y1) {
  const { width, height } = view.canvas;
  const image = view.context.createImageData(width, height);
  const pixels = new Uint32Array(image.data.buffer);
  const dead = pixel(COLORS.dead);
  pixels.fill(view.unbounded ? dead : pixel(COLORS.outside));
  if (!view.unbounded) {
    // A torus's band is a pixel or two at this scale: too thin to show, so only the board is drawn.
    const { left, top, right, bottom } = screenBox(view, { x0: 0, y0: 0, x1: view.geometry.width, y1: view.geometry.height });
    for (let row = top; row < bottom; row++) pixels.fill(dead, row * width + left, row * width + right);
  }

  const live = pixel(COLORS.live);
  const pixelsOf = new Map();
  const colored = (x, y) => {
    const color = view.colorOf(x, y);
    if (!color) return live;
    if (!pixelsOf.has(color)) pixelsOf.set(color, pixel(color));
    return pixelsOf.get(color);
  };
  let drawn = 0;
  view.cells.forEachIn(x0, y0, x1, y1, (x, y) => {
    const px = Math.floor((x - view.left) * view.scale);
    const py = Math.floor((y - view.top) * view.scale);
    if (px < 0 || py < 0 || px >= width || py >= height) return;
    pixels[py * width + px] = view.colorOf ? colored(x, y) : live;
    drawn++;
  });
  view.context.putImageData(image, 0, 0);
  return drawn;
}
