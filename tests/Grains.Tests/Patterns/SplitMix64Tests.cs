using OrleansLife.Grains.Patterns;

namespace OrleansLife.Grains.Tests.Patterns;

public sealed class SplitMix64Tests
{
    [Fact]
    public void Next_Seed1234567_GivesThePublishedSequence()
    {
        // Rosetta Code, "Pseudo-random numbers/Splitmix64": the first five numbers for seed 1234567.
        var random = new SplitMix64(1234567);

        ulong[] numbers = [random.Next(), random.Next(), random.Next(), random.Next(), random.Next()];

        numbers.ShouldBe([6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821]);
    }

    [Fact]
    public void NextDouble_IsTheTop53BitsScaledToTheUnitInterval()
    {
        var random = new SplitMix64(1234567);

        random.NextDouble().ShouldBe((6457827717110365317UL >> 11) / 9007199254740992.0);
    }
}
