using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Pods;
using OrleansLife.KubeEmulator.Tests.Testing;
using OrleansLife.Testing;

namespace OrleansLife.KubeEmulator.Tests.Pods;

/// <summary>The STATUS and READY cells, derived the way the API server's printPod derives them.</summary>
public sealed class PodTablePrinterTests
{
    private static readonly DateTimeOffset Now = ManualTimeProvider.Epoch.AddMinutes(5);

    [Theory]
    [InlineData("""{"phase":"Pending"}""", false, "0/1", "Pending", "0")]
    [InlineData("""{"phase":"Running","conditions":[{"type":"Ready","status":"True"}],"containerStatuses":[{"name":"c","ready":true,"restartCount":0,"state":{"running":{}}}]}""", false, "1/1", "Running", "0")]
    [InlineData("""{"phase":"Pending","containerStatuses":[{"name":"c","ready":false,"restartCount":0,"state":{"waiting":{"reason":"ContainerCreating"}}}]}""", false, "0/1", "ContainerCreating", "0")]
    [InlineData("""{"phase":"Running","containerStatuses":[{"name":"c","ready":false,"restartCount":3,"state":{"terminated":{"exitCode":2}}}]}""", false, "0/1", "ExitCode:2", "3")]
    [InlineData("""{"phase":"Running","containerStatuses":[{"name":"c","ready":true,"restartCount":0,"state":{"running":{}}}]}""", true, "1/1", "Terminating", "0")]
    [InlineData("""{"phase":"Succeeded"}""", true, "0/1", "Succeeded", "0")]
    [InlineData("""{"phase":"Failed","reason":"Evicted"}""", false, "0/1", "Evicted", "0")]
    public void Cells_DeriveReadyAndStatus(string status, bool deleting, string ready, string reason, string restarts)
    {
        var pod = TestObjects.Pod("cell");
        pod["metadata"]!["creationTimestamp"] = "2025-01-01T00:00:00Z";
        if (deleting) pod["metadata"]!["deletionTimestamp"] = "2025-01-01T00:05:00Z";
        pod["status"] = JsonNode.Parse(status);

        var cells = new PodTablePrinter().Cells(pod, Now);

        cells.Raw().ShouldBe($$"""["cell","{{ready}}","{{reason}}","{{restarts}}","5m","<none>","<none>","<none>","<none>"]""");
    }

    [Fact]
    public void Cells_ShowReadinessGatesAndAddresses()
    {
        var pod = TestObjects.Pod("cell");
        pod["spec"]!["nodeName"] = "node-1";
        pod["spec"]!["readinessGates"] = JsonNode.Parse("""[{"conditionType":"a"},{"conditionType":"b"}]""");
        pod["status"] = JsonNode.Parse("""{"phase":"Running","podIPs":[{"ip":"10.244.0.9"}],"conditions":[{"type":"a","status":"True"},{"type":"b","status":"False"}]}""");

        var cells = new PodTablePrinter().Cells(pod, Now);

        cells.Raw().ShouldBe("""["cell","0/1","Running","0","<unknown>","10.244.0.9","node-1","<none>","1/2"]""");
    }
}
