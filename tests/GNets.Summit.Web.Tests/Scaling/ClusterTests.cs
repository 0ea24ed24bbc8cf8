using System.Net;
using GNets.Summit.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GNets.Summit.Web.Tests.Scaling;

/// <summary>
/// Two instances of the site on one PostgreSQL and one Redis behind nginx (round robin), as the README's
/// "Scaling out → Two instances behind a proxy" runs them. Each test edits cities of its own.
/// </summary>
[Collection(OneClusterAtATime.Name)]
public sealed class ClusterTests(Cluster cluster, ITestOutputHelper output) : IClassFixture<Cluster>
{
    [ClusterFact]
    public async Task A_save_through_instance_A_is_shown_by_instance_B_on_its_next_request()
    {
        using var visitorOfB = cluster.Client(cluster.OnlyB);
        // B has the page in its output cache before the save.
        var before = (await visitorOfB.GetPageAsync("/cities/helsinki")).QuerySelector(".lead")!.TextOf();
        Assert.Equal(before, (await visitorOfB.GetPageAsync("/cities/helsinki")).QuerySelector(".lead")!.TextOf());
        var staffOnA = await cluster.SignInAsync(cluster.OnlyA, new CookieContainer());

        await staffOnA.SubmitAndFollowAsync(await Cluster.CityFormAsync(staffOnA, "Helsinki"),
            new Dictionary<string, string?> { ["Form.Country"] = "Finland, saved through A" });

        Assert.Equal("Finland, saved through A", (await visitorOfB.GetPageAsync("/cities/helsinki")).QuerySelector(".lead")!.TextOf());
    }

    [ClusterFact]
    public async Task Staff_signed_in_on_instance_A_keep_working_on_instance_B_with_the_same_cookie()
    {
        var cookies = new CookieContainer();
        await cluster.SignInAsync(cluster.OnlyA, cookies);
        var staffOnB = new Browser(cluster.Client(cluster.OnlyB, cookies));

        await staffOnB.GetAsync("/admin");
        var form = await Cluster.CityFormAsync(staffOnB, "Edinburgh");
        await staffOnB.SubmitAndFollowAsync(form, new Dictionary<string, string?> { ["Form.Country"] = "Scotland, saved through B" });

        using var visitorOfA = cluster.Client(cluster.OnlyA);
        Assert.Equal("Scotland, saved through B", (await visitorOfA.GetPageAsync("/cities/edinburgh")).QuerySelector(".lead")!.TextOf());
    }

    [ClusterFact]
    public async Task Readers_and_savers_across_both_instances_lose_no_acknowledged_save()
    {
        var load = new ClusterLoad(cluster, "load");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(Seconds));

        await load.RunAsync(readers: 8, ["Amsterdam", "Bangkok", "Berlin"], stop.Token);

        output.WriteLine($"Two instances behind nginx, {Seconds} s, 8 readers and 3 savers:");
        output.WriteLine(load.Figures(Seconds));
        var lost = await load.LostAsync(cluster.OnlyB);
        output.WriteLine($"lost:   {lost.Count} of {load.Acknowledged.Count()} acknowledged saves");
        Assert.True(lost.Count == 0, string.Join("\n", lost));
        Assert.True(load.Acknowledged.Select(s => s.City).Distinct().Count() == 3, "every saver had saves acknowledged:\n" + load.Figures(Seconds));
        Assert.True(load.Reads.All(r => r.Status == 200), load.Figures(Seconds) + "\n" + cluster.ErrorLines());
        Assert.True(load.Saves.All(s => s.Status == 302), load.Figures(Seconds) + "\n" + cluster.ErrorLines());
    }

    private static int Seconds => int.TryParse(Environment.GetEnvironmentVariable("CLUSTER_LOAD_SECONDS"), out var s) ? s : 20;
}

/// <summary>Instance A is killed while readers and savers work through the proxy: B carries on, and nothing acknowledged is lost.</summary>
[Collection(OneClusterAtATime.Name)]
public sealed class ClusterFailoverTests(Cluster cluster, ITestOutputHelper output) : IClassFixture<Cluster>
{
    [ClusterFact]
    public async Task Killing_instance_A_under_load_leaves_B_serving_and_loses_no_acknowledged_save()
    {
        var load = new ClusterLoad(cluster, "failover");
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(readers: 8, ["Brisbane", "Brussels", "Cairo"], stop.Token);
        // A is killed once the load is under way on both instances (a cold start serves its first pages slowly).
        while ((load.Now < 6 || load.Reads.Count < 40 || load.Acknowledged.Count() < 3) && load.Now < 60 && !running.IsCompleted)
        {
            await Task.Delay(100);
        }

        var killedAt = load.Now;
        cluster.A.Kill();
        await Task.Delay(TimeSpan.FromSeconds(12));
        await stop.CancelAsync();
        await running;
        var seconds = load.Now;

        // After a second nginx has marked A failed; GETs that found A gone were retried on B already.
        var afterFailover = load.Reads.Where(r => r.StartedAt > killedAt + 1).ToList();
        var failedAfter = afterFailover.Where(r => r.Status != 200).ToList();
        var acknowledgedAfter = load.Acknowledged.Count(s => s.StartedAt > killedAt);
        output.WriteLine($"Two instances behind nginx for {seconds:0} s, 8 readers and 3 savers; A killed at {killedAt:0.0} s:");
        output.WriteLine(load.Figures(seconds));
        output.WriteLine($"before the kill: {load.Reads.Count(r => r.StartedAt < killedAt)} reads, {load.Acknowledged.Count(s => s.StartedAt < killedAt)} saves acknowledged");
        output.WriteLine($"after the kill: {afterFailover.Count} reads from {killedAt + 1:0.0} s, {failedAfter.Count} not 200; {acknowledgedAfter} saves acknowledged; " +
                         $"around the kill: {load.Reads.Count(r => r.Status != 200 && r.StartedAt <= killedAt + 1)} failed reads, {load.Saves.Count(s => s.Status is not (302 or 409))} failed saves");
        var lost = await load.LostAsync(cluster.OnlyB);
        output.WriteLine($"lost:   {lost.Count} of {load.Acknowledged.Count()} acknowledged saves");

        Assert.True(lost.Count == 0, string.Join("\n", lost));
        Assert.NotEmpty(afterFailover);
        Assert.True(failedAfter.Count == 0, string.Join("\n", failedAfter.Take(10)));
        Assert.True(acknowledgedAfter > 0, "B acknowledged saves after A was killed:\n" + load.Figures(seconds));
        Assert.False(cluster.A.IsRunning);
    }
}
