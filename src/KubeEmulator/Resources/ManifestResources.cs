using OrleansLife.KubeEmulator.Tables;

namespace OrleansLife.KubeEmulator.Resources;

/// <summary>
/// The kinds of a deployment's manifests (<c>kubectl apply -k deploy/</c>) beyond the ones the emulator plays: service
/// accounts, RBAC, deployments and disruption budgets, stored and served as given. Nothing acts on them: a Deployment
/// starts no pods, and a Role grants nothing (the emulator serves one user, allowed everything).
/// </summary>
internal static class ManifestResources
{
    public static readonly ResourceType ServiceAccounts = new()
    {
        Group = "",
        Version = "v1",
        Kind = "ServiceAccount",
        Plural = "serviceaccounts",
        Singular = "serviceaccount",
        Namespaced = true,
        ShortNames = ["sa"],
        Behavior = ResourceBehavior.Default,
        Printer = DefaultTablePrinter.Instance,
    };

    public static readonly ResourceType Deployments = new()
    {
        Group = "apps",
        Version = "v1",
        Kind = "Deployment",
        Plural = "deployments",
        Singular = "deployment",
        Namespaced = true,
        ShortNames = ["deploy"],
        Categories = ["all"],
        HasStatus = true,
        Behavior = ResourceBehavior.Default,
        Printer = DefaultTablePrinter.Instance,
    };

    public static readonly ResourceType PodDisruptionBudgets = new()
    {
        Group = "policy",
        Version = "v1",
        Kind = "PodDisruptionBudget",
        Plural = "poddisruptionbudgets",
        Singular = "poddisruptionbudget",
        Namespaced = true,
        ShortNames = ["pdb"],
        HasStatus = true,
        Behavior = ResourceBehavior.Default,
        Printer = DefaultTablePrinter.Instance,
    };

    public static readonly ResourceType Roles = Rbac("Role", namespaced: true);

    public static readonly ResourceType RoleBindings = Rbac("RoleBinding", namespaced: true);

    public static readonly ResourceType ClusterRoles = Rbac("ClusterRole", namespaced: false);

    public static readonly ResourceType ClusterRoleBindings = Rbac("ClusterRoleBinding", namespaced: false);

    /// <summary>The core kinds first (discovery lists them alphabetically), then the groups.</summary>
    public static IReadOnlyList<ResourceType> Core { get; } = [ServiceAccounts];

    public static IReadOnlyList<ResourceType> Grouped { get; } = [Deployments, PodDisruptionBudgets, ClusterRoleBindings, ClusterRoles, RoleBindings, Roles];

    private static ResourceType Rbac(string kind, bool namespaced) => new()
    {
        Group = "rbac.authorization.k8s.io",
        Version = "v1",
        Kind = kind,
        Plural = kind.ToLowerInvariant() + "s",
        Singular = kind.ToLowerInvariant(),
        Namespaced = namespaced,
        Behavior = ResourceBehavior.Default,
        Printer = DefaultTablePrinter.Instance,
    };
}
