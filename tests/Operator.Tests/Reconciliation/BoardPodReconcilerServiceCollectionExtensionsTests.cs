using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OrleansLife.Operator.Client;
using OrleansLife.Operator.Pods;
using OrleansLife.Operator.Reconciliation;

namespace OrleansLife.Operator.Tests.Reconciliation;

public sealed class BoardPodReconcilerServiceCollectionExtensionsTests
{
    [Fact]
    public void AddBoardPodReconciler_RegistersOneReconciler_ItsHostedService_AndThePodOptions()
    {
        using var provider = Services(o => o.MaxPodsPerBoard = 7).BuildServiceProvider();

        var reconciler = provider.GetRequiredService<BoardPodReconciler>();

        provider.GetRequiredService<IBoardPodReconciler>().ShouldBeSameAs(reconciler);
        provider.GetServices<IHostedService>().OfType<BoardPodReconcilerService>().Count().ShouldBe(1);
        reconciler.Namespace.ShouldBe("life");
        reconciler.WouldExceedCap("b", 8).Exceeded.ShouldBeTrue();
        provider.GetRequiredService<CellPodFactory>().ShouldNotBeNull();
    }

    [Fact]
    public void AddBoardPodReconciler_ValidatesItsOptions()
    {
        using var provider = Services(o => o.MaxConcurrentWrites = 0).BuildServiceProvider();

        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IBoardPodReconciler>())
            .Failures.ShouldBe(["MaxConcurrentWrites must be at least 1."]);
    }

    private static ServiceCollection Services(Action<BoardPodReconcilerOptions> configure)
    {
        var services = new ServiceCollection();
        services.Configure<KubeClientOptions>(o => (o.Server, o.Namespace) = (new Uri("http://127.0.0.1:1"), "life"));
        services.AddKubeClient();
        services.AddBoardPodReconciler(configure);
        return services;
    }
}
