using OrleansLife.Api.Access;
using OrleansLife.Testing;

namespace OrleansLife.Api.Tests.Access;

/// <summary>The reviews' answers, yes and no, are reused for the cache duration and asked again after it; a failure is not kept.</summary>
public sealed class CachedAccessReviewsTests
{
    private static readonly KubeUser Reader = new("reader", "uid-1", ["system:authenticated"], new Dictionary<string, IReadOnlyList<string>>());
    private static readonly BoardPermission PatchGlider = new("patch", "default", "glider");

    private readonly ManualTimeProvider _time = new();
    private readonly CountingReviews _cluster = new();

    [Fact]
    public async Task ATokenReview_IsAskedOnce_WithinTheCacheDuration_AndAgainAfterIt()
    {
        var cached = new CachedAccessReviews(_cluster, TimeSpan.FromSeconds(10), _time);

        await cached.ReviewTokenAsync("t", CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(9));
        var again = await cached.ReviewTokenAsync("t", CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        await cached.ReviewTokenAsync("t", CancellationToken.None);

        again.User!.Name.ShouldBe("user-of-t");
        _cluster.TokenReviews.ShouldBe(2);
    }

    [Fact]
    public async Task AnAccessReview_IsKeptPerQuestion_NoAsWellAsYes()
    {
        var cached = new CachedAccessReviews(_cluster, TimeSpan.FromSeconds(10), _time);

        var first = await cached.ReviewAccessAsync(Reader, PatchGlider, CancellationToken.None);
        var second = await cached.ReviewAccessAsync(Reader, PatchGlider, CancellationToken.None);
        var otherBoard = await cached.ReviewAccessAsync(Reader, PatchGlider with { Name = "pulsar" }, CancellationToken.None);
        var otherGroups = await cached.ReviewAccessAsync(Reader with { Groups = ["system:masters"] }, PatchGlider, CancellationToken.None);

        (first, second, otherBoard, otherGroups).ShouldBe((false, false, false, true));
        _cluster.AccessReviews.ShouldBe(3);
    }

    [Fact]
    public async Task AZeroCacheDuration_AsksEveryTime()
    {
        var cached = new CachedAccessReviews(_cluster, TimeSpan.Zero, _time);

        await cached.ReviewAccessAsync(Reader, PatchGlider, CancellationToken.None);
        await cached.ReviewAccessAsync(Reader, PatchGlider, CancellationToken.None);

        _cluster.AccessReviews.ShouldBe(2);
    }

    [Fact]
    public async Task AReviewThatFailed_IsAskedAgain()
    {
        var cached = new CachedAccessReviews(_cluster, TimeSpan.FromSeconds(10), _time);
        _cluster.Unavailable = true;
        await Should.ThrowAsync<AccessReviewUnavailableException>(() => cached.ReviewTokenAsync("t", CancellationToken.None));
        _cluster.Unavailable = false;

        var review = await cached.ReviewTokenAsync("t", CancellationToken.None);

        review.User!.Name.ShouldBe("user-of-t");
        _cluster.TokenReviews.ShouldBe(2);
    }

    /// <summary>A cluster that knows every token's user, lets only system:masters do anything, and counts the questions.</summary>
    private sealed class CountingReviews : IAccessReviews
    {
        public int TokenReviews { get; private set; }

        public int AccessReviews { get; private set; }

        public bool Unavailable { get; set; }

        public string BoardNamespace => "default";

        public string? LocalToken => null;

        public Task<TokenReviewResult> ReviewTokenAsync(string token, CancellationToken cancellationToken)
        {
            TokenReviews++;
            if (Unavailable) throw new AccessReviewUnavailableException("down");
            return Task.FromResult(new TokenReviewResult(Reader with { Name = $"user-of-{token}" }, null));
        }

        public Task<bool> ReviewAccessAsync(KubeUser user, BoardPermission permission, CancellationToken cancellationToken)
        {
            AccessReviews++;
            return Task.FromResult(user.Groups.Contains("system:masters"));
        }
    }
}
