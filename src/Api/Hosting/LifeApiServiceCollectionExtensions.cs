using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using OrleansLife.Api.Access;
using OrleansLife.Api.Json;
using OrleansLife.Api.OpenApi;
using OrleansLife.Grains.Boards.Specs;

namespace OrleansLife.Api.Hosting;

/// <summary>
/// Adds what the HTTP API needs besides the grains: JSON settings, problem details, limits, the OpenAPI document, and
/// the checks that make changes obey the cluster's RBAC (<see cref="ApiAuthServiceCollectionExtensions.AddApiAuth"/>).
/// </summary>
public static class LifeApiServiceCollectionExtensions
{
    /// <summary>The configuration section <see cref="BoardLimits"/> is read from.</summary>
    public const string LimitsSection = "BoardLimits";

    public static IServiceCollection AddLifeApi(this IServiceCollection services)
    {
        services.AddBoardLimits().BindConfiguration(LimitsSection);
        services.AddProblemDetails();
        services.AddExceptionHandler<GrainTimeoutExceptionHandler>();
        services.AddExceptionHandler<BoardStoreUnavailableExceptionHandler>();
        services.AddApiAuth();
        services.ConfigureHttpJsonOptions(json =>
        {
            // A number sent as a string is a client bug worth hearing about, and the OpenAPI schema then says plain "integer".
            json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            json.SerializerOptions.Converters.Add(new CoordinateJsonConverter());
        });
        services.AddSingleton<JsonBodyReader>();
        services.AddOpenApi(openApi => openApi.AddSchemaTransformer<CoordinateSchemaTransformer>());
        return services;
    }
}
