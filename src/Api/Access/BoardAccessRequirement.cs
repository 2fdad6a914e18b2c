using Microsoft.AspNetCore.Authorization;

namespace OrleansLife.Api.Access;

/// <summary>The caller must be allowed <see cref="Verb"/> on <c>boards.orleanslife.io</c> in the boards' namespace.</summary>
public sealed record BoardAccessRequirement(string Verb) : IAuthorizationRequirement;
