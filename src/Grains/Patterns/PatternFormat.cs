namespace OrleansLife.Grains.Patterns;

/// <summary>The text formats a pattern can be uploaded in.</summary>
public enum PatternFormat
{
    /// <summary>Run Length Encoded, LifeWiki's and Golly's usual format (<see cref="RleReader"/>).</summary>
    Rle,

    /// <summary>LifeWiki's plaintext <c>.cells</c>: <c>.</c> and <c>O</c> (<see cref="PlaintextReader"/>).</summary>
    Plaintext,

    /// <summary>The hackathon's grid file: <c>#</c> alive, anything else dead (<see cref="GridFileReader"/>).</summary>
    Grid,
}
