using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Patterns;

namespace OrleansLife.Api.Patterns;

/// <summary>One library pattern in full: its cells for a preview, and its RLE for copying into a board spec or Golly.</summary>
/// <param name="Name">The library key ("glider").</param>
/// <param name="Title">The display name ("Glider").</param>
/// <param name="Cells">The live cells as <c>[x,y]</c> pairs inside the pattern's box, by row then column.</param>
public sealed record PatternResponse(
    string Name,
    string Title,
    string? Description,
    string? Author,
    int Width,
    int Height,
    int Population,
    string? Rule,
    IReadOnlyList<Coordinate> Cells,
    string Rle)
{
    public static PatternResponse From(string name, Pattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return new PatternResponse(name, pattern.Name, pattern.Description, pattern.Author, pattern.Width, pattern.Height,
            pattern.Population, pattern.Rule?.ToString(), pattern.Cells, RleWriter.Write(pattern));
    }
}
