using Microsoft.AspNetCore.Http.HttpResults;

namespace OrleansLife.Api.Json;

/// <summary>A request body read as JSON: its value (null when an optional body was left out), or the problem to answer with.</summary>
internal readonly record struct JsonBody<T>(T? Value, ProblemHttpResult? Problem)
    where T : class;
