using System.Net;
using System.Text.Json;
using k8s;
using k8s.Autorest;
using k8s.Models;
using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.Clients;

/// <summary>
/// The official C# client (KubernetesClient) against the emulator, configured from the kubeconfig the emulator writes:
/// the typed calls, watches and errors a .NET user relies on behave as against a real API server.
/// </summary>
public sealed class CSharpClientTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Kubeconfig_Loads_WithTheEmulatorsAddressNamespaceAndToken()
    {
        using var client = await CSharpClient.ConnectAsync(fixture.Emulator, "team");

        client.Configuration.Host.ShouldBe(fixture.Emulator.Emulator.BaseAddress.GetLeftPart(UriPartial.Authority));
        client.Configuration.Namespace.ShouldBe("team");
        client.Configuration.AccessToken.ShouldBe(fixture.Emulator.Emulator.AdminToken);
    }

    [Fact]
    public async Task ListPods_ReturnsTheCreatedPods()
    {
        var ns = await fixture.NewNamespaceAsync();
        using var client = await CSharpClient.ConnectAsync(fixture.Emulator, ns);
        await client.Api.CoreV1.CreateNamespacedPodAsync(Pod("cell-b"), ns);
        await client.Api.CoreV1.CreateNamespacedPodAsync(Pod("cell-a"), ns);

        var pods = await client.Api.CoreV1.ListNamespacedPodAsync(ns);

        pods.Items.Select(p => p.Metadata.Name).ShouldBe(["cell-a", "cell-b"]);
        pods.Items[0].Spec.Containers.Single().Image.ShouldBe("registry.k8s.io/pause:3.9");
    }

    [Fact]
    public async Task Watch_FromAResourceVersion_SeesOnlyLaterChanges()
    {
        var ns = await fixture.NewNamespaceAsync();
        using var client = await CSharpClient.ConnectAsync(fixture.Emulator, ns);
        var first = await client.Api.CoordinationV1.CreateNamespacedLeaseAsync(Lease("first", "a"), ns);
        await client.Api.CoordinationV1.CreateNamespacedLeaseAsync(Lease("second", "a"), ns);
        using var deadline = new CancellationTokenSource(Patience);

        var events = new List<(WatchEventType, string)>();
        var watch = client.Api.CoordinationV1.WatchListNamespacedLeaseAsync(
            ns, resourceVersion: first.Metadata.ResourceVersion, cancellationToken: deadline.Token);
        await foreach (var (type, lease) in watch)
        {
            events.Add((type, lease.Metadata.Name));
            if (events.Count == 1) await client.Api.CoordinationV1.DeleteNamespacedLeaseAsync("first", ns, cancellationToken: deadline.Token);
            if (events.Count == 2) break;
        }

        events.ShouldBe([(WatchEventType.Added, "second"), (WatchEventType.Deleted, "first")]);
    }

    [Fact]
    public async Task Watch_FromAnExpiredResourceVersion_ReportsA410Expired()
    {
        await using var emulator = await TestEmulator.StartAsync(configure: options => options.WatchHistorySize = 2);
        using var client = await CSharpClient.ConnectAsync(emulator);
        var first = await client.Api.CoordinationV1.CreateNamespacedLeaseAsync(Lease("l0", "a"), "default");
        for (var i = 1; i <= 3; i++) await client.Api.CoordinationV1.CreateNamespacedLeaseAsync(Lease($"l{i}", "a"), "default");
        using var deadline = new CancellationTokenSource(Patience);

        var errors = new List<Exception>();
        var events = 0;
        var watch = client.Api.CoordinationV1.WatchListNamespacedLeaseAsync(
            "default", resourceVersion: first.Metadata.ResourceVersion, onError: errors.Add, cancellationToken: deadline.Token);
        await foreach (var _ in watch) events++;

        events.ShouldBe(0);
        var status = errors.ShouldHaveSingleItem().ShouldBeOfType<KubernetesException>().Status;
        (status.Code, status.Reason).ShouldBe((410, "Expired"));
    }

    [Fact]
    public async Task Lease_ReplacedWithAStaleResourceVersion_IsA409Conflict()
    {
        var ns = await fixture.NewNamespaceAsync();
        using var client = await CSharpClient.ConnectAsync(fixture.Emulator, ns);
        var created = await client.Api.CoordinationV1.CreateNamespacedLeaseAsync(Lease("leader", "silo-a"), ns);
        var renewed = await client.Api.CoordinationV1.ReadNamespacedLeaseAsync("leader", ns);
        renewed.Spec.HolderIdentity = "silo-b";
        renewed = await client.Api.CoordinationV1.ReplaceNamespacedLeaseAsync(renewed, "leader", ns);

        created.Spec.HolderIdentity = "silo-c";
        var stale = await Should.ThrowAsync<HttpOperationException>(
            () => client.Api.CoordinationV1.ReplaceNamespacedLeaseAsync(created, "leader", ns));

        renewed.Spec.HolderIdentity.ShouldBe("silo-b");
        stale.Response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await client.Api.CoordinationV1.ReadNamespacedLeaseAsync("leader", ns)).Spec.HolderIdentity.ShouldBe("silo-b");
    }

    [Fact]
    public async Task CustomObjects_CreateListAndGenericClientGet_SeeTheBoard()
    {
        var ns = await fixture.NewNamespaceAsync();
        using var client = await CSharpClient.ConnectAsync(fixture.Emulator, ns);
        using var boards = new GenericClient(client.Api, "orleanslife.io", "v1", "boards", disposeClient: false);

        await client.Api.CustomObjects.CreateNamespacedCustomObjectAsync(
            JsonSerializer.Deserialize<JsonElement>(TestObjects.Board("glider").ToJsonString()), "orleanslife.io", "v1", ns, "boards");
        var list = (JsonElement)await client.Api.CustomObjects.ListNamespacedCustomObjectAsync("orleanslife.io", "v1", ns, "boards");
        var board = await boards.ReadNamespacedAsync<BoardObject>(ns, "glider");

        list.GetProperty("kind").GetString().ShouldBe("BoardList");
        list.GetProperty("items").EnumerateArray().Select(b => b.GetProperty("metadata").GetProperty("name").GetString()).ShouldBe(["glider"]);
        (board.Kind, board.Metadata.Name, board.Spec.GetProperty("pattern").GetString()).ShouldBe(("Board", "glider", "glider"));
    }

    [Fact]
    public async Task Events_CreatedAndListedByInvolvedObject_AreThatObjectsEvents()
    {
        var ns = await fixture.NewNamespaceAsync();
        using var client = await CSharpClient.ConnectAsync(fixture.Emulator, ns);
        foreach (var (name, pod) in new[] { ("a.1", "cell-a"), ("b.1", "cell-b"), ("a.2", "cell-a") })
        {
            await client.Api.CoreV1.CreateNamespacedEventAsync(new Corev1Event
            {
                Metadata = new V1ObjectMeta { Name = name },
                InvolvedObject = new V1ObjectReference { Kind = "Pod", Name = pod, NamespaceProperty = ns },
                Reason = "Started",
                Type = "Normal",
                Message = $"Started {pod}",
            }, ns);
        }

        var events = await client.Api.CoreV1.ListNamespacedEventAsync(ns, fieldSelector: "involvedObject.name=cell-a");

        events.Items.Select(e => (e.Metadata.Name, e.InvolvedObject.Name, e.Message)).ShouldBe(
            [("a.1", "cell-a", "Started cell-a"), ("a.2", "cell-a", "Started cell-a")]);
    }

    private static V1Pod Pod(string name) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new V1PodSpec { Containers = [new V1Container { Name = "cell", Image = "registry.k8s.io/pause:3.9" }] },
    };

    private static V1Lease Lease(string name, string holder) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new V1LeaseSpec { HolderIdentity = holder, LeaseDurationSeconds = 15 },
    };

    /// <summary>A Board as a user's own model over <see cref="GenericClient"/> would read it.</summary>
    public sealed class BoardObject : IKubernetesObject<V1ObjectMeta>
    {
        public string ApiVersion { get; set; } = "";

        public string Kind { get; set; } = "";

        public V1ObjectMeta Metadata { get; set; } = new();

        public JsonElement Spec { get; set; }
    }
}
