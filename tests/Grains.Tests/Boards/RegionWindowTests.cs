using OrleansLife.Grains.Boards;

namespace OrleansLife.Grains.Tests.Boards;

public sealed class RegionWindowTests
{
    [Fact]
    public Task AskAsync_KeepsAtMostAWindowInFlight_AsksEachOnceInOrder_AndAnswersInThatOrder() =>
        // Off the test's synchronization context, so that an answer runs its lane on at once and asks the next region.
        Task.Run(async () =>
        {
            var count = (RegionWindow.Size * 3) + 5;
            var pending = new List<(int Region, TaskCompletionSource<int> Answer)>();
            var asked = new List<int>();
            var asking = RegionWindow.AskAsync(count, region =>
            {
                var answer = new TaskCompletionSource<int>();
                pending.Add((region, answer));
                asked.Add(region);
                return answer.Task;
            });
            var mostInFlight = 0;
            while (pending.Count > 0)
            {
                mostInFlight = Math.Max(mostInFlight, pending.Count);
                // The newest first, so that answers come back out of the order asked.
                var (region, answer) = pending[^1];
                pending.RemoveAt(pending.Count - 1);
                answer.SetResult(region * 10);
            }

            var answers = await asking.WaitAsync(TimeSpan.FromSeconds(10));

            mostInFlight.ShouldBe(RegionWindow.Size);
            asked.ShouldBe(Enumerable.Range(0, count));
            answers.ShouldBe(Enumerable.Range(0, count).Select(region => region * 10));
        });

    [Fact]
    public async Task AskAsync_WithAFailedRegion_FailsWithItsError_AndWithFewerRegionsThanTheWindow_AsksThemAll()
    {
        var asked = 0;

        var failing = RegionWindow.AskAsync(3, region =>
        {
            asked++;
            return region == 1 ? Task.FromException<int>(new InvalidOperationException("region 1 lost its state")) : Task.FromResult(region);
        });

        (await Should.ThrowAsync<InvalidOperationException>(failing)).Message.ShouldBe("region 1 lost its state");
        asked.ShouldBe(3);
    }
}
