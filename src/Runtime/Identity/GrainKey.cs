namespace OrleansLife.Runtime.Identity;

/// <summary>
/// The key part of a grain id: a string, an integer, or both (a compound key). A value type so that addressing
/// a grain, which happens for every message, never allocates.
/// </summary>
public readonly record struct GrainKey(long Number, string? Text)
{
    public static GrainKey FromString(string text) => new(0, text ?? throw new ArgumentNullException(nameof(text)));

    public static GrainKey FromNumber(long number) => new(number, null);

    public static GrainKey Compound(long number, string text) => new(number, text ?? throw new ArgumentNullException(nameof(text)));

    public override string ToString() => Text is null ? Number.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : Number == 0 ? Text : $"{Text}+{Number}";
}
