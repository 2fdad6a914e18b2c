using OrleansLife.Operator.Pods;

namespace OrleansLife.Operator.Tests.Pods;

public sealed class CellPodOptionsValidatorTests
{
    [Fact]
    public void Defaults_AreValid() =>
        new CellPodOptionsValidator().Validate(null, new CellPodOptions()).Succeeded.ShouldBeTrue();

    [Fact]
    public void Validate_ReportsEveryPodTheApiServerWouldRefuse()
    {
        var options = new CellPodOptions
        {
            Image = " ",
            Namespace = "Life",
            CpuRequest = "a lot",
            TerminationGracePeriodSeconds = -1,
            RunAsUser = 0,
        };
        options.Labels[CellPodLabels.Board] = "other";
        options.Labels["bad key!"] = "x";
        options.Labels["team"] = "-x";

        var result = new CellPodOptionsValidator().Validate(null, options);

        result.Failures.ShouldBe(
        [
            "Image is required.",
            "Namespace 'Life' is not a DNS-1123 label.",
            "CpuRequest 'a lot' is not a resource quantity such as 1m or 4Mi.",
            "TerminationGracePeriodSeconds must not be negative.",
            "RunAsUser must be a non-root user id (at least 1).",
            "Label 'orleanslife.io/board' is set by the operator and may not be overridden.",
            "Label key 'bad key!' is not a valid label key.",
            "Label 'team' has the invalid value '-x'.",
        ]);
    }
}
