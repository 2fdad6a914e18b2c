// Colours a board's live cells by the silo that hosts their tile, from GET /api/boards/{name}/tiles: a person sees the
// board spread over the cluster. Silos get colours in name order, so every view gives the same silo the same colour.

/** Okabe and Ito's colours, told apart with the common colour blindnesses; a ninth silo starts the list again. */
export const SILO_PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#7f6d00', '#000000'];

export class SiloColors {
  constructor() {
    this.tileSize = 64;
    this.byTile = new Map();
    this.bySilo = new Map();
  }

  /** Takes a tiles answer: { tileSize, tiles: [{ x, y, silo }] }. */
  update({ tileSize, tiles }) {
    const silos = [...new Set(tiles.map(tile => tile.silo))].sort();
    this.tileSize = tileSize;
    this.bySilo = new Map(silos.map((silo, i) => [silo, SILO_PALETTE[i % SILO_PALETTE.length]]));
    this.byTile = new Map(tiles.map(tile => [`${tile.x},${tile.y}`, this.bySilo.get(tile.silo)]));
  }

  /** The colour of the silo hosting cell (x, y); null while its tile's silo is not known (a tile just entered). */
  colorOf(x, y) {
    return this.byTile.get(`${Math.floor(x / this.tileSize)},${Math.floor(y / this.tileSize)}`) ?? null;
  }

  /** [silo, colour] pairs, for the legend. */
  legend() {
    return [...this.bySilo];
  }
}
