using OrleansLife.Api.Access;

namespace OrleansLife.Api.Tests.Access;

public sealed class ApiAuthOptionsValidatorTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(10, true)]
    [InlineData(300, true)]
    [InlineData(301, false)]
    [InlineData(-1, false)]
    public void CacheDuration_IsFromZeroToFiveMinutes(int seconds, bool valid)
    {
        var result = new ApiAuthOptionsValidator().Validate(null, new ApiAuthOptions { CacheDuration = TimeSpan.FromSeconds(seconds) });

        result.Succeeded.ShouldBe(valid, result.FailureMessage);
    }

    [Fact]
    public void Defaults_EnforceOnlyOffLoopback_AndCacheForTenSeconds()
    {
        var options = new ApiAuthOptions();

        (options.EnforceOnLoopback, options.CacheDuration).ShouldBe((false, TimeSpan.FromSeconds(10)));
    }
}
