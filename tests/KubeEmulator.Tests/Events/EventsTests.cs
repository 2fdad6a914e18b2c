using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.Events;

/// <summary>core/v1 Events over HTTP: the verbs and the field selectors the API server supports for them.</summary>
public sealed class EventsTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiClient Api => fixture.Api;

    [Fact]
    public async Task Event_CreateGetDelete_RoundTrips()
    {
        var ns = await fixture.NewNamespaceAsync();
        var events = $"/api/v1/namespaces/{ns}/events";

        var created = await Api.PostAsync(events, TestObjects.Event("cell-a.1", "cell-a", "Started"));
        var read = await Api.GetAsync($"{events}/cell-a.1");
        var deleted = await Api.DeleteAsync($"{events}/cell-a.1");
        var gone = await Api.GetAsync($"{events}/cell-a.1");

        created.Code.ShouldBe(201);
        (read["involvedObject.name"], read["reason"], read["metadata.namespace"]).ShouldBe(("cell-a", "Started", ns));
        deleted.Code.ShouldBe(200);
        (gone.Code, gone["message"]).ShouldBe((404, "events \"cell-a.1\" not found"));
    }

    [Theory]
    [InlineData("involvedObject.name=cell-a", new[] { "a-pulled", "a-started" })]
    [InlineData("involvedObject.kind=Pod,reason=Started", new[] { "a-started", "b-started" })]
    [InlineData("involvedObject.uid=uid-b", new[] { "b-started" })]
    [InlineData("type=Warning", new[] { "a-pulled" })]
    [InlineData("type!=Warning,source=kubelet", new[] { "a-started", "b-started" })]
    public async Task List_WithFieldSelector_KeepsTheMatchingEvents(string selector, string[] expected)
    {
        var ns = await fixture.NewNamespaceAsync();
        var events = $"/api/v1/namespaces/{ns}/events";
        await Api.PostAsync(events, TestObjects.Event("a-started", "cell-a", "Started"));
        await Api.PostAsync(events, TestObjects.Event("a-pulled", "cell-a", "Failed", "Warning"));
        await Api.PostAsync(events, TestObjects.Event("b-started", "cell-b", "Started", podUid: "uid-b"));

        var list = await Api.GetAsync($"{events}?fieldSelector={Uri.EscapeDataString(selector)}");

        list.Code.ShouldBe(200, list.Text);
        list.Json["items"]!.AsArray().Select(e => e.Text("metadata.name")).ShouldBe(expected);
    }

    [Fact]
    public async Task List_WithAnUnknownField_IsRejectedAsTheApiServerRejectsIt()
    {
        var list = await Api.GetAsync("/api/v1/events?fieldSelector=message%3Dx");

        (list.Code, list["message"]).ShouldBe((400, "field label not supported: message"));
    }

    [Fact]
    public async Task Watch_WithFieldSelector_SeesOnlyTheObjectsEvents()
    {
        var ns = await fixture.NewNamespaceAsync();
        var events = $"/api/v1/namespaces/{ns}/events";

        using var watch = await Api.WatchAsync($"{events}?watch=true&fieldSelector=involvedObject.name%3Dcell-b");
        await Api.PostAsync(events, TestObjects.Event("a-started", "cell-a", "Started"));
        await Api.PostAsync(events, TestObjects.Event("b-started", "cell-b", "Started"));
        var seen = await watch.NextAsync();

        (seen.Type, seen.Object.Text("metadata.name")).ShouldBe(("ADDED", "b-started"));
    }
}
