namespace OrleansLife.KubeEmulator.Tests.Kubectl;

/// <summary><c>kubectl explain</c> reads the built-in kinds' OpenAPI v3 schemas, as it reads a real cluster's.</summary>
public sealed class KubectlExplainTests
{
    [Theory]
    [InlineData("pod.spec.containers", "FIELD: containers <[]Container>", "List of containers belonging to the pod.")]
    [InlineData("pod.spec.containers.image", "FIELD: image <string>", "Container image name.")]
    [InlineData("namespace.status.phase", "FIELD: phase <string>", "Phase is the current lifecycle phase of the namespace.")]
    [InlineData("lease.spec.holderIdentity", "FIELD: holderIdentity <string>", "holderIdentity contains the identity of the holder of a current lease.")]
    [InlineData("event.involvedObject", "FIELD: involvedObject <ObjectReference>", "The object that this event is about.")]
    public async Task Explain_ABuiltInField_PrintsItsTypeAndDescription(string path, string field, string description)
    {
        await using var session = await KubectlSession.StartAsync(installBoardCrd: false);

        var explained = await session.RunAsync("explain", path);

        explained.ExitCode.ShouldBe(0, explained.Stderr);
        explained.Lines.ShouldContain(field);
        string.Join(' ', explained.Lines.Select(l => l.Trim())).ShouldContain(description);
    }

    [Fact]
    public async Task ExplainPodSpec_ListsItsFieldsWithTheirTypes()
    {
        await using var session = await KubectlSession.StartAsync(installBoardCrd: false);

        var explained = await session.RunAsync("explain", "pod.spec");

        explained.Lines.Take(4).ShouldBe(["KIND:       Pod", "VERSION:    v1", "", "FIELD: spec <PodSpec>"]);
        explained.Lines.ShouldContain("  containers\t<[]Container>");
        explained.Lines.ShouldContain("  restartPolicy\t<string>");
    }
}
