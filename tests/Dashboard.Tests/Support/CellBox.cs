namespace OrleansLife.Dashboard.Tests.Support;

/// <summary>One live cell as drawn: a green rectangle on the canvas, in CSS pixels of the page.</summary>
/// <remarks>Settable properties rather than a positional record: Playwright builds results with a parameterless constructor.</remarks>
public sealed record CellBox
{
    public double Left { get; init; }

    public double Top { get; init; }

    public double Width { get; init; }

    public double Height { get; init; }

    public double CenterX => Left + Width / 2;

    public double CenterY => Top + Height / 2;
}
