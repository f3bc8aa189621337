using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dyad.Tests;

/// <summary>
/// The dashboard as a person uses it, in Debian's headless Chromium driven by Playwright: choose Russia–Cuba,
/// see the timeline, open a period, open an event and read its sentence highlighted in the article.
/// </summary>
[Collection("seeded server")]
public class DashboardTests(SeededServer seeded)
{
    // Debian's package; CI installs it (.ci/run). Playwright never downloads a browser here.
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
        "--no-first-run", "--disable-component-update", "--disable-sync",
    ];

    [Fact]
    public async Task Choosing_Russia_Cuba_shows_the_timeline_and_an_events_evidence()
    {
        if (!File.Exists(Chromium))
            Assert.Fail($"{Chromium} is missing: the dashboard test needs Debian's chromium package (apt-get install -y chromium; .ci/run installs it).");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1440, Height = 1000 } });
        page.SetDefaultTimeout(20_000);

        // The page must work offline: note any request that leaves the server, and any script error.
        var problems = new List<string>();
        page.Request += (_, r) => { if (!r.Url.StartsWith(seeded.Server.BaseUrl.ToString(), StringComparison.Ordinal)) problems.Add("request to " + r.Url); };
        page.PageError += (_, e) => problems.Add("script error: " + e);
        page.Console += (_, m) => { if (m.Type == "error") problems.Add("console: " + m.Text); };

        await page.GotoAsync(seeded.Server.BaseUrl.ToString());
        await page.SelectOptionAsync("#source", "RUS");
        await page.SelectOptionAsync("#target", "CUB");
        await page.SelectOptionAsync("#by", "month");
        await page.ClickAsync("#show");

        await Expect(page.Locator("#timeline-title")).ToHaveTextAsync("RUS → CUB, events per month");
        var february = page.Locator("#chart .period[data-period='2024-02']");
        await Expect(february).ToBeVisibleAsync();
        await Expect(page.Locator("#timeline-summary")).ToContainTextAsync("without a known year");

        await february.ClickAsync();
        await Expect(page.Locator("#events-title")).ToContainTextAsync("in 2024-02");
        var rows = page.Locator("#events tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        Assert.True(await rows.CountAsync() >= 2);

        // The first event of February 2024 is Lavrov's talks in Havana: its sentence is marked in the article.
        await rows.First.ClickAsync();
        var mark = page.Locator("#article-body mark.current");
        await Expect(mark).ToContainTextAsync("Sergey Lavrov conducted talks");
        await Expect(mark.Locator(".trigger")).ToHaveTextAsync("conducted talks");
        await Expect(page.Locator("#article-title")).ToHaveTextAsync("Russia, Cuba commit to advance strategic partnership");
        await Expect(page.Locator("#event-facts")).ToContainTextAsync("CAMEO 040");

        // The events without a year can be listed too.
        await page.ClickAsync("#undated");
        await Expect(page.Locator("#events-title")).ToContainTextAsync("without a known year");

        await rows.First.ClickAsync();
        await Expect(page.Locator("#article-body mark.current")).ToBeVisibleAsync();
        // Back to the English article for the picture.
        await february.ClickAsync();
        await Expect(page.Locator("#events-title")).ToContainTextAsync("in 2024-02");
        await rows.First.ClickAsync();
        await Expect(mark).ToContainTextAsync("Sergey Lavrov");

        var picture = ScreenshotPath();
        await page.ScreenshotAsync(new() { Path = picture, FullPage = true });
        Assert.True(new FileInfo(picture).Length > 10_000, "the screenshot shows the page");
        if (Environment.GetEnvironmentVariable("DYAD_SCREENSHOT") is null or "") File.Delete(picture);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Filters_narrow_the_timeline_and_survive_in_the_address()
    {
        if (!File.Exists(Chromium)) Assert.Fail($"{Chromium} is missing: apt-get install -y chromium");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(20_000);

        // A shared link opens on its own pair and filters.
        await page.GotoAsync(seeded.Server.BaseUrl + "?source=CUB&target=RUS&by=year&lang=en&both_directions=true");
        await Expect(page.Locator("#timeline-title")).ToHaveTextAsync("CUB ↔ RUS, events per year");
        await Expect(page.Locator("#chart .period")).ToHaveCountAsync(1);
        await Expect(page.Locator("#chart .period[data-period='2024']")).ToBeVisibleAsync();

        await page.FillAsync("#from", "2025");
        await page.ClickAsync("#show");
        await Expect(page.Locator("#chart .period")).ToHaveCountAsync(0);
        Assert.Contains("from=2025", page.Url);
    }

    // DYAD_SCREENSHOT=1 writes the README's picture, docs/img/dashboard.png (or DYAD_SCREENSHOT=some/file.png).
    private static string ScreenshotPath()
    {
        var wanted = Environment.GetEnvironmentVariable("DYAD_SCREENSHOT");
        if (string.IsNullOrEmpty(wanted)) return Path.Combine(Path.GetTempPath(), $"dyad-dashboard-{Guid.NewGuid():N}.png");
        return wanted.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? Path.GetFullPath(wanted) : Path.Combine(Repo.Root, "docs", "img", "dashboard.png");
    }
}
