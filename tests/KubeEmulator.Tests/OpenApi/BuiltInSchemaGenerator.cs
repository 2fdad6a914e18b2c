using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using k8s.Models;
using OrleansLife.KubeEmulator.ManagedFields;

namespace OrleansLife.KubeEmulator.Tests.OpenApi;

/// <summary>
/// Writes the OpenAPI v3 schemas of the built-in kinds kubectl explains, from the official C# client's models and
/// their documentation (both generated from the Kubernetes API's own OpenAPI). The emulator ships the result as
/// <c>OpenApi/BuiltInSchemas.json</c>, so that at run time it needs neither the client nor this generator.
/// </summary>
internal sealed partial class BuiltInSchemaGenerator
{
    /// <summary>The kinds the emulator serves, by the schema name the API server gives them.</summary>
    public static readonly (Type Model, string Name, string Group, string Version, string Kind)[] Kinds =
    [
        (typeof(V1Pod), "io.k8s.api.core.v1.Pod", "", "v1", "Pod"),
        (typeof(V1Namespace), "io.k8s.api.core.v1.Namespace", "", "v1", "Namespace"),
        (typeof(V1Node), "io.k8s.api.core.v1.Node", "", "v1", "Node"),
        (typeof(V1Service), "io.k8s.api.core.v1.Service", "", "v1", "Service"),
        (typeof(Corev1Event), "io.k8s.api.core.v1.Event", "", "v1", "Event"),
        (typeof(V1Lease), "io.k8s.api.coordination.v1.Lease", "coordination.k8s.io", "v1", "Lease"),
        (typeof(V1ServiceAccount), "io.k8s.api.core.v1.ServiceAccount", "", "v1", "ServiceAccount"),
        (typeof(V1Deployment), "io.k8s.api.apps.v1.Deployment", "apps", "v1", "Deployment"),
        (typeof(V1PodDisruptionBudget), "io.k8s.api.policy.v1.PodDisruptionBudget", "policy", "v1", "PodDisruptionBudget"),
        (typeof(V1Role), "io.k8s.api.rbac.v1.Role", "rbac.authorization.k8s.io", "v1", "Role"),
        (typeof(V1RoleBinding), "io.k8s.api.rbac.v1.RoleBinding", "rbac.authorization.k8s.io", "v1", "RoleBinding"),
        (typeof(V1ClusterRole), "io.k8s.api.rbac.v1.ClusterRole", "rbac.authorization.k8s.io", "v1", "ClusterRole"),
        (typeof(V1ClusterRoleBinding), "io.k8s.api.rbac.v1.ClusterRoleBinding", "rbac.authorization.k8s.io", "v1", "ClusterRoleBinding"),
    ];

    private static readonly HashSet<string> MetaTypes =
    [
        "ObjectMeta", "OwnerReference", "ManagedFieldsEntry", "LabelSelector", "LabelSelectorRequirement", "ListMeta", "Condition",
    ];

    private readonly Dictionary<string, XElement> _docs;
    private readonly SortedDictionary<string, JsonObject> _schemas = new(StringComparer.Ordinal);

    public BuiltInSchemaGenerator()
    {
        var xml = Path.ChangeExtension(typeof(V1Pod).Assembly.Location, ".xml");
        if (!File.Exists(xml)) xml = FindPackageDocumentation();
        _docs = XDocument.Load(xml).Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, m => m);
    }

    public JsonObject Generate()
    {
        foreach (var (model, name, group, version, kind) in Kinds)
        {
            var schema = Define(model);
            if (SchemaName(model) != name) throw new InvalidOperationException($"{model.Name} is named {SchemaName(model)}, not {name}");
            schema["x-kubernetes-group-version-kind"] = new JsonArray(new JsonObject { ["group"] = group, ["kind"] = kind, ["version"] = version });
        }
        var all = new JsonObject();
        foreach (var (name, schema) in _schemas) all[name] = schema;
        return all;
    }

    private JsonObject Define(Type model)
    {
        var name = SchemaName(model);
        if (_schemas.TryGetValue(name, out var existing)) return existing;
        var schema = new JsonObject();
        _schemas[name] = schema;
        if (Doc($"T:{model.FullName}") is { } description) schema["description"] = description;
        var properties = new JsonObject();
        foreach (var (json, property) in model.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Select(p => (Json: p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name, Property: p))
                     .Where(p => p.Json is not null)
                     .OrderBy(p => p.Json, StringComparer.Ordinal))
        {
            var propertySchema = Of(property.PropertyType, json!);
            if (Doc($"P:{model.FullName}.{property.Name}") is { } text)
            {
                propertySchema = propertySchema.ContainsKey("$ref")
                    ? new JsonObject { ["allOf"] = new JsonArray(propertySchema), ["description"] = text }
                    : propertySchema;
                propertySchema["description"] = text;
            }
            properties[json!] = propertySchema;
        }
        schema["properties"] = properties;
        schema["type"] = "object";
        return schema;
    }

    private JsonObject Of(Type type, string field)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return new JsonObject { ["type"] = "string" };
        if (type == typeof(bool)) return new JsonObject { ["type"] = "boolean" };
        if (type == typeof(int)) return new JsonObject { ["type"] = "integer", ["format"] = "int32" };
        if (type == typeof(long)) return new JsonObject { ["type"] = "integer", ["format"] = "int64" };
        if (type == typeof(double)) return new JsonObject { ["type"] = "number", ["format"] = "double" };
        if (type == typeof(byte[])) return new JsonObject { ["type"] = "string", ["format"] = "byte" };
        if (type == typeof(DateTime)) return Reference("io.k8s.apimachinery.pkg.apis.meta.v1.Time", new JsonObject { ["type"] = "string", ["format"] = "date-time" });
        if (type == typeof(IntOrString)) return Reference("io.k8s.apimachinery.pkg.util.intstr.IntOrString", new JsonObject { ["type"] = "string", ["format"] = "int-or-string" });
        if (type == typeof(ResourceQuantity)) return Reference("io.k8s.apimachinery.pkg.api.resource.Quantity", new JsonObject { ["type"] = "string" });
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IDictionary<,>))
        {
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = Of(type.GetGenericArguments()[1], field) };
        }
        if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var array = new JsonObject { ["type"] = "array", ["items"] = Of(type.GetGenericArguments()[0], field) };
            if (ListTypes.IsSet(field)) array["x-kubernetes-list-type"] = "set";
            else if (ListTypes.Keys(field, []) is { } keys && type.GetGenericArguments()[0].IsClass && type.GetGenericArguments()[0] != typeof(string))
            {
                // The patch metadata kubectl's strategic merge patches read, as the built-in types declare it.
                array["x-kubernetes-list-map-keys"] = new JsonArray([.. keys.Select(k => (JsonNode)k)]);
                array["x-kubernetes-list-type"] = "map";
                array["x-kubernetes-patch-merge-key"] = keys[0];
                array["x-kubernetes-patch-strategy"] = "merge";
            }
            return array;
        }
        if (type.Namespace == "k8s.Models" && type.IsClass)
        {
            Define(type);
            return new JsonObject { ["$ref"] = $"#/components/schemas/{SchemaName(type)}" };
        }
        return new JsonObject { ["type"] = "object" };
    }

    private JsonObject Reference(string name, JsonObject schema)
    {
        _schemas.TryAdd(name, schema);
        return new JsonObject { ["$ref"] = $"#/components/schemas/{name}" };
    }

    private static string SchemaName(Type model)
    {
        // V1PodSpec is core/v1 PodSpec; Corev1Event and Rbacv1Subject are the types whose names other groups share.
        var match = ModelName().Match(model.Name);
        var (version, kind) = match.Success ? ("v" + match.Groups["version"].Value, match.Groups["kind"].Value) : ("v1", model.Name);
        if (MetaTypes.Contains(kind)) return $"io.k8s.apimachinery.pkg.apis.meta.{version}.{kind}";
        var group = kind switch
        {
            _ when kind.StartsWith("Lease", StringComparison.Ordinal) => "coordination",
            _ when kind.StartsWith("Deployment", StringComparison.Ordinal) || kind == "RollingUpdateDeployment" => "apps",
            _ when kind.StartsWith("PodDisruptionBudget", StringComparison.Ordinal) => "policy",
            "Role" or "RoleBinding" or "ClusterRole" or "ClusterRoleBinding" or "PolicyRule" or "RoleRef" or "AggregationRule" or "Subject" => "rbac",
            _ => "core",
        };
        return $"io.k8s.api.{group}.{version}.{kind}";
    }

    private string? Doc(string member)
    {
        if (!_docs.TryGetValue(member, out var element) || element.Element("summary") is not { } summary) return null;
        var text = Whitespace().Replace(summary.Value, " ").Trim();
        return text.Length == 0 ? null : text;
    }

    private static string FindPackageDocumentation()
    {
        var home = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        // The assembly version is 21.0.0.0 for every 21.0.x; the informational one is the package's (21.0.8+commit).
        var version = typeof(V1Pod).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        var directory = Path.Combine(home, "kubernetesclient", version, "lib");
        return Directory.EnumerateFiles(directory, "KubernetesClient.xml", SearchOption.AllDirectories).First();
    }

    [GeneratedRegex(@"^(?:V|(?:Core|Rbac)(?=v1))v?(?<version>\d+(?:(?:alpha|beta)\d+)?)(?<kind>[A-Z]\w*)$")]
    private static partial Regex ModelName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
