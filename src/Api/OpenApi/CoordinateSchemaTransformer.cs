using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using OrleansLife.Api.Boards;
using OrleansLife.Grains.Cells;

namespace OrleansLife.Api.OpenApi;

/// <summary>
/// Describes lists of cells as the <c>[x, y]</c> pairs <see cref="Json.CoordinateJsonConverter"/> writes. The schema
/// generator cannot see through a custom converter, so it would otherwise leave the items undescribed. A board's cells
/// are also marked optional, since lists asked for with <c>?cells=false</c> leave them out.
/// </summary>
internal sealed class CoordinateSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo is { Kind: JsonTypeInfoKind.Enumerable } list && list.ElementType == typeof(Coordinate))
        {
            schema.Items = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Items = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                MinItems = 2,
                MaxItems = 2,
                Description = "A cell as [x, y]: x grows to the right, y downwards.",
            };
        }

        if (context.JsonTypeInfo.Type == typeof(BoardResponse)) schema.Required?.Remove("cells");
        return Task.CompletedTask;
    }
}
