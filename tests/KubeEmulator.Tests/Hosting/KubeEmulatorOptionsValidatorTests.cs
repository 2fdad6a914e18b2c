using OrleansLife.KubeEmulator.Hosting;

namespace OrleansLife.KubeEmulator.Tests.Hosting;

/// <summary>Settings the emulator could not work with are refused at startup.</summary>
public sealed class KubeEmulatorOptionsValidatorTests
{
    [Fact]
    public void Defaults_AreValid() => new KubeEmulatorOptionsValidator().Validate(null, new KubeEmulatorOptions()).Succeeded.ShouldBeTrue();

    [Fact]
    public void ImpossibleSettings_AreEachReported()
    {
        var options = new KubeEmulatorOptions { Port = 70000, WatchHistorySize = 0, BookmarkInterval = TimeSpan.Zero, NodeName = " " };
        options.CustomResourceDefinitionFiles.Add("/nowhere/crd.yaml");
        options.Faults.WriteFailureRate = 2;
        options.Faults.WriteFailureStatusCode = 404;

        var result = new KubeEmulatorOptionsValidator().Validate(null, options);

        result.Failures!.ShouldBe(
        [
            "Port must be between 0 and 65535.",
            "WatchHistorySize must be at least 1.",
            "BookmarkInterval must be positive.",
            "NodeName must be set.",
            "CustomResourceDefinitionFiles names '/nowhere/crd.yaml', which does not exist.",
            "Faults.WriteFailureRate must be between 0 and 1.",
            "Faults.WriteFailureStatusCode must be 429, 500, 503 or 504.",
        ]);
    }
}
