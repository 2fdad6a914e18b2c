namespace OrleansLife.Grains.Boards.Catalog;

/// <summary>A board that may not start, with the reasons keyed by the spec field to blame, as validation errors are.</summary>
[GenerateSerializer, Alias("BoardRefusedException")]
public sealed class BoardRefusedException(string board, IReadOnlyDictionary<string, string[]> errors)
    : Exception($"Board '{board}' was refused: {string.Join(" ", errors.SelectMany(error => error.Value))}")
{
    [Id(0)]
    public string Board { get; } = board;

    [Id(1)]
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
