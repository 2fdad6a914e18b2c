using Microsoft.AspNetCore.Authorization;

namespace OrleansLife.Api.Access;

/// <summary>Why a change was refused: the user and the permission the cluster did not grant it, for the 403 to name.</summary>
internal sealed class BoardAccessDenied(IAuthorizationHandler handler, string user, BoardPermission permission)
    : AuthorizationFailureReason(handler, $"User \"{user}\" may not {permission}: the cluster's RBAC does not allow it.")
{
    public string User { get; } = user;

    public BoardPermission Permission { get; } = permission;
}
