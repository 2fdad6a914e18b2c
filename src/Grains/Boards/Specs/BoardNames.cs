using System.Diagnostics.CodeAnalysis;

namespace OrleansLife.Grains.Boards.Specs;

/// <summary>
/// What a board may be called: a DNS-1123 label short enough that the pod of each live cell,
/// named <c>&lt;board&gt;-&lt;x&gt;-&lt;y&gt;</c>, stays within Kubernetes' 63-character limit for names.
/// </summary>
public static class BoardNames
{
    /// <summary>Longest name: 40 characters leave 23 for "-x-y", enough for coordinates of up to 11 characters each.</summary>
    public const int MaxLength = 40;

    public static bool IsValid([NotNullWhen(true)] string? name) => Check(name) is null;

    /// <summary>Why <paramref name="name"/> is not a valid board name, or null when it is.</summary>
    public static string? Check(string? name)
    {
        const string Rule = "a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit";
        if (string.IsNullOrEmpty(name)) return $"A name is required: {Rule}, such as \"my-board\".";
        if (name.Length > MaxLength)
            return $"The name is {name.Length} characters long; at most {MaxLength} are allowed, because the pod of each live cell "
                + $"is named '<name>-<x>-<y>' and Kubernetes names end at 63 characters.";

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-') continue;
            var lower = name.ToLowerInvariant();
            var hint = c is >= 'A' and <= 'Z' && Check(lower) is null ? $" (did you mean '{lower}'?)" : "";
            return $"The name must be {Rule}; '{c}' at position {i + 1} is not allowed{hint}.";
        }

        if (name[0] == '-') return $"The name must be {Rule}; it starts with '-'.";
        if (name[^1] == '-') return $"The name must be {Rule}; it ends with '-'.";
        return null;
    }
}
