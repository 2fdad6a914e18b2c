using OrleansLife.Kubernetes.Client;
using OrleansLife.Kubernetes.Configuration;
using OrleansLife.Kubernetes.Hosting;

namespace OrleansLife.Kubernetes.Tests.Fakes;

/// <summary>Builds clients pointed at a fake API server.</summary>
internal static class TestClients
{
    public static KubeClient For(
        FakeKubeApiServer server, TimeProvider? time = null, KubeClientOptions? options = null, IKubeTokenSource? token = null) =>
        new(new KubeEndpoint(server.BaseAddress) { Namespace = "life", Token = token }, options, time);
}
