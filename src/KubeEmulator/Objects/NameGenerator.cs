using System.Security.Cryptography;

namespace OrleansLife.KubeEmulator.Objects;

/// <summary>Completes a <c>generateName</c> prefix with five random characters from the alphabet the API server uses.</summary>
internal static class NameGenerator
{
    // No vowels and no look-alike digits, so generated names never spell words or read ambiguously.
    private const string Alphabet = "bcdfghjklmnpqrstvwxz2456789";
    private const int MaxPrefixLength = 63 - 5;

    public static string Generate(string prefix)
    {
        if (prefix.Length > MaxPrefixLength) prefix = prefix[..MaxPrefixLength];
        return prefix + RandomNumberGenerator.GetString(Alphabet, 5);
    }
}
