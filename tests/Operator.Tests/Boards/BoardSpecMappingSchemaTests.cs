using OrleansLife.Grains.Boards.Specs;
using OrleansLife.Grains.Rules;
using OrleansLife.Operator.Boards;
using BoardClient = OrleansLife.Operator.Boards.Objects.BoardClient;
using OrleansLife.Operator.Tests.Testing;

namespace OrleansLife.Operator.Tests.Boards;

/// <summary>
/// Every request the API accepts must make a Board object the CRD's schema accepts, or a board created through the API
/// on Kubernetes fails at the API server after passing validation. Checked against the emulator serving the real CRD.
/// </summary>
public sealed class BoardSpecMappingSchemaTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Theory]
    [InlineData("Torus", "LockStep", "B36/S23")]
    [InlineData("UNBOUNDED", "FOLLOW", "b3/s23")]
    [InlineData(null, null, "23/3")]
    [InlineData(null, null, " B3/S23 ")]
    public async Task ARequestTheApiAccepts_MakesAnObjectTheSchemaAccepts(string? topology, string? pacing, string rule)
    {
        var request = new BoardSpec
        {
            Name = "accepted", Width = 20, Height = 20, Topology = topology, Pacing = pacing, Rule = rule, Pattern = "glider",
            WaitForRunning = true, PodTimeoutMilliseconds = 600_000, MaxPods = 0, TickMilliseconds = 60_000, MaxGenerations = 0,
        };
        BoardSpecs.TryCreateDefinition(request, new BoardLimits(), out _, out var errors)
            .ShouldBeTrue(string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value[0]}")));
        var ns = await fixture.Emulator.CreateNamespaceAsync("mapping");
        using var client = fixture.Emulator.Client();

        var created = await new BoardClient(client, ns).CreateAsync(BoardSpecMapping.ToBoard(request, ns));

        BoardSpecs.TryCreateDefinition(BoardSpecMapping.ToApiSpec(created), new BoardLimits(), out var definition, out _).ShouldBeTrue();
        definition!.Rule.ToString().ShouldBe(LifeRule.Parse(rule).ToString());
    }
}
