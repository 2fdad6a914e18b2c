using OrleansLife.Operator.Client;

namespace OrleansLife.Operator.Tests.Client;

public class KubeClientOptionsValidatorTests
{
    private readonly KubeClientOptionsValidator _validator = new();

    [Fact]
    public void Defaults_AreValid_AndAsDocumented()
    {
        var options = new KubeClientOptions();

        _validator.Validate(null, options).Succeeded.ShouldBeTrue();
        (options.Qps, options.Burst, options.MaxRetries).ShouldBe((50d, 100, 4));
        (options.InitialRetryDelay, options.MaxRetryDelay, options.RequestTimeout)
            .ShouldBe((TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void ImpossibleOptions_AreEachReported()
    {
        var options = new KubeClientOptions
        {
            Qps = 0, Burst = 0, MaxRetries = -1, InitialRetryDelay = TimeSpan.Zero, MaxRetryDelay = TimeSpan.FromSeconds(-1),
            RequestTimeout = TimeSpan.Zero, Server = new Uri("http://127.0.0.1:1"), InCluster = true,
        };

        _validator.Validate(null, options).Failures.ShouldBe(
        [
            "Qps must be positive.",
            "Burst must be at least 1.",
            "MaxRetries must not be negative.",
            "InitialRetryDelay must be positive.",
            "MaxRetryDelay must be at least InitialRetryDelay.",
            "RequestTimeout must be positive.",
            "Server and InCluster cannot both be set.",
        ]);
    }
}
