import { COLORS } from './grid-paint.js';

/** Draws a library pattern (its cells inside its own width × height box) to fit a small canvas. */
export function drawPreview(canvas, pattern) {
  const context = canvas.getContext('2d');
  const { width, height } = canvas;
  context.fillStyle = COLORS.outside;
  context.fillRect(0, 0, width, height);
  if (!pattern) return;

  const scale = Math.min((width - 8) / pattern.width, (height - 8) / pattern.height, 16);
  const left = (width - pattern.width * scale) / 2;
  const top = (height - pattern.height * scale) / 2;
  context.fillStyle = COLORS.dead;
  context.fillRect(left, top, pattern.width * scale, pattern.height * scale);
  const size = Math.max(1, scale >= 4 ? scale - 1 : scale);
  context.fillStyle = COLORS.live;
  for (const [x, y] of pattern.cells) context.fillRect(left + x * scale, top + y * scale, size, size);
}
