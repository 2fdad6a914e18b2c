using System.Net;
using Microsoft.AspNetCore.Http;

namespace OrleansLife.Api.Access;

/// <summary>Whether a request comes from this machine.</summary>
internal static class LoopbackCallers
{
    /// <summary>
    /// True for a loopback address, and for a connection without any remote address: one that did not come over the
    /// network (an in-process test server, a Unix socket). A reverse proxy on this machine makes every caller look local:
    /// behind one, set <see cref="ApiAuthOptions.EnforceOnLoopback"/>.
    /// </summary>
    public static bool IsLocal(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null) return true;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return IPAddress.IsLoopback(address);
    }
}
