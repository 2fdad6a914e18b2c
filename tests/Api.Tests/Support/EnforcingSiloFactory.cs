using Microsoft.AspNetCore.Hosting;

namespace OrleansLife.Api.Tests.Support;

/// <summary>
/// A silo like <see cref="SiloFactory"/> but with <c>Api:Auth:EnforceOnLoopback=true</c>: every change needs a token,
/// as on a real cluster, although the test server's callers are local.
/// </summary>
public sealed class EnforcingSiloFactory : SiloFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:Auth:EnforceOnLoopback", "true");
    }
}
