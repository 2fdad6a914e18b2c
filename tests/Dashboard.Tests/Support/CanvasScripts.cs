namespace OrleansLife.Dashboard.Tests.Support;

/// <summary>
/// Scripts run in the page to read what a canvas shows. They count live cells in its pixels, independently of the
/// drawing code: a live cell is a 4-connected region of exactly the dashboard's live-cell green, rgb(46, 160, 67), and
/// a torus's faint copy of a cell past an edge one of exactly its wrapped-cell green, rgb(167, 220, 178).
/// </summary>
internal static class CanvasScripts
{
    private const string Regions = """
        function liveRegions(selector, rgb = [46, 160, 67]) {
          const canvas = document.querySelector(selector);
          if (!canvas || canvas.width === 0) return [];
          const { width, height } = canvas;
          const data = canvas.getContext('2d').getImageData(0, 0, width, height).data;
          const seen = new Uint8Array(width * height);
          const isLive = i => data[4 * i] === rgb[0] && data[4 * i + 1] === rgb[1] && data[4 * i + 2] === rgb[2];
          const regions = [];
          for (let start = 0; start < width * height; start++) {
            if (seen[start] || !isLive(start)) continue;
            let left = width, top = height, right = 0, bottom = 0;
            const stack = [start];
            seen[start] = 1;
            while (stack.length) {
              const i = stack.pop();
              const x = i % width, y = (i - x) / width;
              left = Math.min(left, x); right = Math.max(right, x); top = Math.min(top, y); bottom = Math.max(bottom, y);
              const next = [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, y > 0 ? i - width : -1, y < height - 1 ? i + width : -1];
              for (const j of next) {
                if (j < 0 || seen[j] || !isLive(j)) continue;
                seen[j] = 1;
                stack.push(j);
              }
            }
            regions.push({ left, top, right: right + 1, bottom: bottom + 1 });
          }
          // The canvas's pixels cover its content box: inside its border, scaled by the device pixel ratio.
          const box = canvas.getBoundingClientRect();
          const ratio = canvas.width / canvas.clientWidth;
          const left = box.left + canvas.clientLeft, top = box.top + canvas.clientTop;
          return regions.map(r => ({
            left: left + r.left / ratio, top: top + r.top / ratio,
            width: (r.right - r.left) / ratio, height: (r.bottom - r.top) / ratio,
          }));
        }
        """;

    public const string CountLiveCells = "selector => { " + Regions + " return liveRegions(selector).length; }";

    public const string ShowsLiveCells = "([selector, expected]) => { " + Regions + " return liveRegions(selector).length === expected; }";

    /// <summary>Whether the canvas shows exactly the given number of cells in the given colour ([r, g, b]).</summary>
    public const string ShowsCellsInColour =
        "([selector, rgb, expected]) => { " + Regions + " return liveRegions(selector, rgb).length === expected; }";

    public const string CountCellsInColour = "([selector, rgb]) => { " + Regions + " return liveRegions(selector, rgb).length; }";

    /// <summary>The canvas's own count of the cells it drew, and the count in its pixels, read at one moment.</summary>
    public const string DrawnAndCounted =
        "selector => { " + Regions + " return [Number(document.querySelector(selector).dataset.drawnCells), liveRegions(selector).length]; }";

    /// <summary>Whether the leftmost live cell's top-left corner is within a pixel of the given page point.</summary>
    public const string LeftmostCellAt =
        "([selector, x, y]) => { " + Regions + " const r = liveRegions(selector).sort((a, b) => a.left - b.left)[0]; "
        + "return !!r && Math.abs(r.left - x) <= 1 && Math.abs(r.top - y) <= 1; }";

    public const string LiveCellBoxes = "selector => { " + Regions + " return liveRegions(selector); }";

    /// <summary>The regions of the wrapped-cell green: the faint copies a torus draws past its edges.</summary>
    public const string WrappedCellBoxes = "selector => { " + Regions + " return liveRegions(selector, [167, 220, 178]); }";
}
