using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Patterns;

/// <summary>What the library says about one of its patterns without handing out its cells.</summary>
/// <param name="Id">The library key, from the file name: lower case with hyphens ("gosper-glider-gun").</param>
/// <param name="Name">The display name, from the file's <c>#N</c> line ("Gosper glider gun").</param>
public sealed record PatternInfo(
    string Id,
    string Name,
    string? Description,
    int Width,
    int Height,
    int Population,
    LifeRule? Rule);
