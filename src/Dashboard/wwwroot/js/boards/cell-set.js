/**
 * The live cells of a board, as rows by y each holding a set of x: drawing a window then visits only the rows and
 * columns in view, whether the board has ten cells on an unbounded plane or half a million on 1024 × 1024.
 */
export class CellSet {
  constructor() {
    this.rows = new Map();
    this.size = 0;
    this.cachedBounds = undefined;
  }

  static from(cells) {
    const set = new CellSet();
    for (const [x, y] of cells) set.add(x, y);
    return set;
  }

  has(x, y) {
    return this.rows.get(y)?.has(x) ?? false;
  }

  add(x, y) {
    let row = this.rows.get(y);
    if (!row) this.rows.set(y, row = new Set());
    if (row.has(x)) return;
    row.add(x);
    this.size++;
    this.cachedBounds = undefined;
  }

  delete(x, y) {
    const row = this.rows.get(y);
    if (!row?.delete(x)) return;
    if (row.size === 0) this.rows.delete(y);
    this.size--;
    this.cachedBounds = undefined;
  }

  /** Calls visit(x, y) for every live cell with x0 ≤ x < x1 and y0 ≤ y < y1, going through whichever is fewer: cells or places. */
  forEachIn(x0, y0, x1, y1, visit) {
    const visitRow = (y, row) => {
      if (row.size <= x1 - x0) {
        for (const x of row) if (x >= x0 && x < x1) visit(x, y);
      } else {
        for (let x = x0; x < x1; x++) if (row.has(x)) visit(x, y);
      }
    };
    if (this.rows.size <= y1 - y0) {
      for (const [y, row] of this.rows) if (y >= y0 && y < y1) visitRow(y, row);
    } else {
      for (let y = y0; y < y1; y++) {
        const row = this.rows.get(y);
        if (row) visitRow(y, row);
      }
    }
  }

  /** The smallest box around the live cells, { x0, y0, x1, y1 } with x1 and y1 one past the edge; null when none live. */
  bounds() {
    if (this.cachedBounds !== undefined) return this.cachedBounds;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const [y, row] of this.rows) {
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y + 1);
      for (const x of row) {
        if (x < x0) x0 = x;
        if (x >= x1) x1 = x + 1;
      }
    }
    this.cachedBounds = this.size === 0 ? null : { x0, y0, x1, y1 };
    return this.cachedBounds;
  }
}
