using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace OrleansLife.KubeEmulator.Access;

/// <summary>
/// The users whose tokens the emulator issues (in the kubeconfig it writes) and recognises in a <c>TokenReview</c>: its
/// admin and a read-only reader. Tokens are fresh random values per emulator, so that only whoever can read the
/// kubeconfig can present them; a well-known token would let anyone who can reach a silo act as the admin.
/// </summary>
internal sealed class EmulatorUsers
{
    public const string AdminName = "orleanslife-admin";

    public const string ReaderName = "orleanslife-reader";

    public EmulatorUsers()
    {
        Admin = new EmulatorUser(AdminName, NewToken("admin"), ["system:masters", "system:authenticated"], ["*"]);
        Reader = new EmulatorUser(ReaderName, NewToken("reader"), ["system:authenticated"], ["get", "list", "watch"]);
    }

    public EmulatorUser Admin { get; }

    public EmulatorUser Reader { get; }

    private IEnumerable<EmulatorUser> All => [Admin, Reader];

    /// <summary>The user a token was issued to; null for any other token (compared in constant time, as a secret should be).</summary>
    public EmulatorUser? ByToken(string? token)
    {
        if (string.IsNullOrEmpty(token)) return null;
        var presented = Encoding.UTF8.GetBytes(token);
        return All.FirstOrDefault(user => CryptographicOperations.FixedTimeEquals(presented, Encoding.UTF8.GetBytes(user.Token)));
    }

    public EmulatorUser? ByName(string? name) => All.FirstOrDefault(user => user.Name == name);

    /// <summary>
    /// Who a request to the emulator's own API is: the user of a token the emulator issued, else its admin (the emulator
    /// lets every client in with any token, or none, as it always has). The admin may act as someone else with
    /// <c>Impersonate-User</c> and <c>Impersonate-Group</c>, as <c>kubectl --as</c> sends them: kubectl sends no token
    /// over plain HTTP, so <c>--as orleanslife-reader</c> is how kubectl asks as the reader. A user the emulator does not
    /// know may do nothing, unless it is impersonated into <c>system:masters</c>.
    /// </summary>
    public EmulatorUser Caller(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        var token = header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) ? header[bearer.Length..].Trim() : null;
        var caller = ByToken(token) ?? Admin;
        if (caller != Admin || request.Headers["Impersonate-User"].ToString() is not { Length: > 0 } name) return caller;
        if (ByName(name) is { } known) return known;
        string[] groups = [.. request.Headers["Impersonate-Group"].Select(g => g ?? ""), "system:authenticated"];
        return new EmulatorUser(name, "", groups, groups.Contains("system:masters") ? ["*"] : []);
    }

    private static string NewToken(string role) => $"orleanslife-{role}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24))}";
}
