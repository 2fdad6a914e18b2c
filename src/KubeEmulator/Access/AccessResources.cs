using OrleansLife.KubeEmulator.Resources;
using OrleansLife.KubeEmulator.Tables;

namespace OrleansLife.KubeEmulator.Access;

/// <summary>
/// The create-only review resources: those clients ask before they act, <c>kubectl auth can-i</c> (access and rules
/// reviews) and <c>kubectl auth whoami</c> (self subject review), and those a server asks about its own callers, token and
/// subject access reviews. They are answered, never stored.
/// </summary>
internal static class AccessResources
{
    public static readonly ResourceType SelfSubjectAccessReviews = Review("authorization.k8s.io", "v1", "SelfSubjectAccessReview");

    public static readonly ResourceType SelfSubjectRulesReviews = Review("authorization.k8s.io", "v1", "SelfSubjectRulesReview");

    public static readonly ResourceType SelfSubjectReviews = Review("authentication.k8s.io", "v1", "SelfSubjectReview");

    /// <summary>kubectl 1.27 asks for its user at v1beta1 only; v1 is GA from 1.28.</summary>
    public static readonly ResourceType SelfSubjectReviewsBeta = Review("authentication.k8s.io", "v1beta1", "SelfSubjectReview");

    public static readonly ResourceType TokenReviews = Review("authentication.k8s.io", "v1", "TokenReview");

    public static readonly ResourceType SubjectAccessReviews = Review("authorization.k8s.io", "v1", "SubjectAccessReview");

    public static IReadOnlyList<ResourceType> All { get; } =
        [SelfSubjectAccessReviews, SelfSubjectRulesReviews, SelfSubjectReviews, SelfSubjectReviewsBeta, TokenReviews, SubjectAccessReviews];

    public static ResourceType? Find(string group, string version, string plural) =>
        All.FirstOrDefault(t => t.Group == group && t.Version == version && t.Plural == plural);

    private static ResourceType Review(string group, string version, string kind) => new()
    {
        Group = group,
        Version = version,
        Kind = kind,
        Plural = kind.ToLowerInvariant() + "s",
        Singular = kind.ToLowerInvariant(),
        Namespaced = false,
        Verbs = ["create"],
        Behavior = ResourceBehavior.Default,
        Printer = DefaultTablePrinter.Instance,
    };
}
