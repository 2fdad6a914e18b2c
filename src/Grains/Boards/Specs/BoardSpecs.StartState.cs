using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Patterns;

namespace OrleansLife.Grains.Boards.Specs;

public static partial class BoardSpecs
{
    /// <summary>Most out-of-place cells reported one by one; past that, a count says how many more there are.</summary>
    private const int MaxCellErrors = 10;

    /// <summary>The one start state a spec gives, read but not yet placed on the board.</summary>
    /// <param name="Field">The spec field it came from, which takes the blame for problems placing it.</param>
    private sealed record StartState(string Field, Pattern? Pattern = null, IReadOnlyList<Coordinate>? Cells = null, RandomFillSpec? Random = null);

    /// <summary>The field holding the spec's start state (the first given, if it gives several): where its problems show.</summary>
    public static string StartStateField(BoardSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Rle is not null) return SpecFields.Rle;
        if (spec.Text is not null) return SpecFields.Text;
        if (spec.Cells is not null) return SpecFields.Cells;
        return spec.Random is not null ? SpecFields.Random : SpecFields.Pattern;
    }

    private static StartState? ReadStartState(BoardSpec spec, SpecErrors errors)
    {
        var given = new List<string>(5);
        if (spec.Pattern is not null) given.Add(SpecFields.Pattern);
        if (spec.Rle is not null) given.Add(SpecFields.Rle);
        if (spec.Text is not null) given.Add(SpecFields.Text);
        if (spec.Cells is not null) given.Add(SpecFields.Cells);
        if (spec.Random is not null) given.Add(SpecFields.Random);

        if (given.Count == 0)
        {
            errors.Add(SpecFields.Pattern,
                "A start state is required: one of pattern (a library name such as \"glider\"), rle, text, cells or random.");
            return null;
        }

        if (given.Count > 1)
        {
            var list = string.Join(", ", given[..^1]) + " and " + given[^1];
            foreach (var field in given) errors.Add(field, $"Give exactly one start state; this spec gives {list}.");
            return null;
        }

        return given[0] switch
        {
            SpecFields.Pattern => ReadLibraryPattern(spec.Pattern!, errors),
            SpecFields.Rle => ReadPatternText(SpecFields.Rle, spec.Rle!, RleReader.Read, errors),
            SpecFields.Text when spec.Text!.Length == 0 => Fail(errors, SpecFields.Text, "The text is empty; give at least one character to draw."),
            SpecFields.Text => ReadPatternText(SpecFields.Text, spec.Text!, text => TextPattern.Render(text), errors),
            SpecFields.Cells => ReadCells(spec.Cells!, errors),
            _ => ReadRandom(spec.Random!, errors),
        };
    }

    private static StartState? ReadLibraryPattern(string name, SpecErrors errors)
    {
        if (PatternLibrary.TryGet(name, out var pattern)) return new StartState(SpecFields.Pattern, pattern);
        var known = string.Join(", ", PatternLibrary.All.Select(info => info.Id));
        return Fail(errors, SpecFields.Pattern, $"Unknown pattern '{name}'; the library has {known}.");
    }

    private static StartState? ReadPatternText(string field, string text, Func<string, Pattern> read, SpecErrors errors)
    {
        try
        {
            return new StartState(field, read(text));
        }
        catch (PatternFormatException error)
        {
            // The reader's message names the line and column; it is meant to be shown as it is.
            return Fail(errors, field, error.Message);
        }
    }

    private static StartState? ReadCells(IReadOnlyList<int[]> pairs, SpecErrors errors)
    {
        var cells = new Coordinate[pairs.Count];
        var bad = 0;
        for (var i = 0; i < pairs.Count; i++)
        {
            if (pairs[i] is [var x, var y])
            {
                cells[i] = new Coordinate(x, y);
                continue;
            }

            if (bad++ < MaxCellErrors)
                errors.Add(SpecFields.Cell(i), $"A cell is an [x, y] pair; this one has {pairs[i]?.Length ?? 0} numbers.");
        }

        if (bad > MaxCellErrors) errors.Add(SpecFields.Cells, $"{bad} cells are not [x, y] pairs; the first {MaxCellErrors} are listed.");
        return bad == 0 ? new StartState(SpecFields.Cells, Cells: cells) : null;
    }

    private static StartState? ReadRandom(RandomFillSpec random, SpecErrors errors) => random.Density switch
    {
        null => Fail(errors, SpecFields.RandomDensity, "A density is required: the probability that a cell starts alive, from 0 to 1."),
        < 0 or > 1 or double.NaN => Fail(errors, SpecFields.RandomDensity, $"The density must be from 0 to 1; it is {random.Density}."),
        _ => new StartState(SpecFields.Random, Random: random),
    };

    private static StartState? Fail(SpecErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return null;
    }
}
