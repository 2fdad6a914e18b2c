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

    /// <summary>
    /// Mixes all 64 bits of the number. The default, long.GetHashCode, folds the halves together with XOR, so the
    /// packed coordinates of cells (x in the high half, y in the low) would collide whenever x ^ y is equal: a
    /// 256×256 board would share 256 hash codes and the activation directory would degrade into long chains.
    /// </summary>
    public override int GetHashCode()
    {
        var mixed = (ulong)Number;
        mixed ^= mixed >> 33;
        mixed *= 0xff51afd7ed558ccdUL;
        mixed ^= mixed >> 33;
        mixed *= 0xc4ceb9fe1a85ec53UL;
        mixed ^= mixed >> 33;
        var hash = (int)mixed ^ (int)(mixed >> 32);
        return Text is null ? hash : HashCode.Combine(hash, Text);
    }

    public bool Equals(GrainKey other) => Number == other.Number && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override string ToString() => Text is null ? Number.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : Number == 0 ? Text : $"{Text}+{Number}";
}
