using Microsoft.Extensions.Options;

namespace OrleansLife.Api.Access;

/// <summary>Rejects an <see cref="ApiAuthOptions.CacheDuration"/> that is negative or would keep revoked access alive too long.</summary>
public sealed class ApiAuthOptionsValidator : IValidateOptions<ApiAuthOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiAuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.CacheDuration < TimeSpan.Zero || options.CacheDuration > ApiAuthOptions.MaxCacheDuration
            ? ValidateOptionsResult.Fail(
                $"{ApiAuthOptions.SectionName}:{nameof(options.CacheDuration)} must be from 0 to {ApiAuthOptions.MaxCacheDuration}; it is {options.CacheDuration}.")
            : ValidateOptionsResult.Success;
    }
}
