using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;

namespace OrleansLife.Dashboard.Tests.Support;

/// <summary>
/// The dashboard on a silo with <c>Api:Auth:EnforceOnLoopback=true</c>, so that the page's changes need a token as on a
/// real cluster. The setup client is the emulator's admin.
/// </summary>
public sealed class EnforcingDashboardFixture : DashboardFixture
{
    protected override void ConfigureSilo(IWebHostBuilder host) => host.UseSetting("Api:Auth:EnforceOnLoopback", "true");

    protected override void ConfigureApi(HttpClient api) => api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Emulator.AdminToken);
}
