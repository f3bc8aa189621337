using Dyad.Analysis;
using ScottPlot;

namespace Dyad.Cli.Commands;

/// <summary>
/// Draws a timeline as a report figure: cooperation stacked above the axis (verbal, then material) and conflict
/// below it, one bar per period on a real time axis, so gaps between periods show as gaps.
/// </summary>
internal static class TimelineChart
{
    // Colour-blind-safe pairs: blues for cooperation, oranges for conflict; the material kind is the darker.
    private static readonly Color VerbalCooperation = Color.FromHex("#9ecae1");
    private static readonly Color MaterialCooperation = Color.FromHex("#2171b5");
    private static readonly Color VerbalConflict = Color.FromHex("#fdae6b");
    private static readonly Color MaterialConflict = Color.FromHex("#d94801");

    public static void Save(TimelineResult t, string file, int width = 1000, int height = 560)
    {
        var plot = new Plot();
        var bars = new List<Bar>();
        var firstDay = t.Periods.Count > 0 ? t.Periods[0].Start : DateOnly.FromDateTime(DateTime.Today);
        var lastDay = t.Periods.Count > 0 ? t.Periods[^1].End : firstDay;
        // A period's bar spans its days, but never gets thinner than 1/100 of the chart, so a lone day stays visible.
        var minWidth = Math.Max(1, (lastDay.DayNumber - firstDay.DayNumber + 1) / 100.0);
        foreach (var p in t.Periods)
        {
            var days = p.End.DayNumber - p.Start.DayNumber + 1;
            var size = Math.Max(days * 0.8, minWidth);
            var x = p.Start.ToDateTime(TimeOnly.MinValue).AddDays(days / 2.0).ToOADate();
            var c = p.Counts;
            void Add(double from, double to, Color color)
            {
                if (to != from) bars.Add(new Bar { Position = x, ValueBase = from, Value = to, Size = size, FillColor = color, LineWidth = 0 });
            }
            Add(0, c.VerbalCooperation, VerbalCooperation);
            Add(c.VerbalCooperation, c.Cooperation, MaterialCooperation);
            Add(0, -c.VerbalConflict, VerbalConflict);
            Add(-c.VerbalConflict, -c.Conflict, MaterialConflict);
        }
        plot.Add.Bars(bars);
        plot.Add.HorizontalLine(0, 1.5f, Colors.Black);

        // Mean Goldstein per period on its own axis, zero aligned with the bars' zero: the tone beside the volume.
        if (t.Periods.Count > 0)
        {
            var xs = t.Periods.Select(p => p.Start.ToDateTime(TimeOnly.MinValue).AddDays((p.End.DayNumber - p.Start.DayNumber + 1) / 2.0).ToOADate()).ToArray();
            var ys = t.Periods.Select(p => p.Counts.GoldsteinMean ?? 0).ToArray();
            var tone = plot.Add.ScatterPoints(xs, ys, Colors.Black);
            tone.MarkerShape = MarkerShape.FilledDiamond;
            tone.MarkerSize = 9;
            tone.Axes.YAxis = plot.Axes.Right;
        }
        plot.Axes.Right.Label.Text = "mean Goldstein score (−10 … +10)";
        plot.Axes.Right.Label.FontSize = 14;

        plot.Axes.DateTimeTicksBottom();
        var max = Math.Max(1, t.Periods.Select(p => Math.Max(p.Counts.Cooperation, p.Counts.Conflict)).DefaultIfEmpty(0).Max());
        var left = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true, LabelFormatter = v => Math.Abs(v).ToString("0") };
        plot.Axes.Left.TickGenerator = left;

        var arrow = t.BothDirections ? "↔" : "→";
        plot.Title($"{t.Source} {arrow} {t.Target}: events per {Timeline.Name(t.Unit)}", 20);
        plot.YLabel("events (cooperation above, conflict below)", 14);
        plot.XLabel(t.Undated.Events > 0
            ? $"date of the event ({t.Undated.Events} event(s) without a known year are not shown)"
            : "date of the event", 14);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "verbal cooperation (quad 1)", FillColor = VerbalCooperation });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "material cooperation (quad 2)", FillColor = MaterialCooperation });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "verbal conflict (quad 3)", FillColor = VerbalConflict });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "material conflict (quad 4)", FillColor = MaterialConflict });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "mean Goldstein (right axis)", MarkerShape = MarkerShape.FilledDiamond, MarkerColor = Colors.Black, MarkerSize = 9 });
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.FontSize = 13;
        plot.Font.Set("DejaVu Sans"); // a sans face reads better in reports; ScottPlot falls back when it is missing
        plot.Legend.FontName = "DejaVu Sans";
        // Set last: the axes' limits are fixed so that both zeros meet on the black line.
        plot.Axes.SetLimitsY(-max * 1.15, max * 1.15, plot.Axes.Left);
        plot.Axes.SetLimitsY(-10.5, 10.5, plot.Axes.Right);

        var ext = Path.GetExtension(file).ToLowerInvariant();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        if (ext == ".svg") plot.SaveSvg(file, width, height);
        else plot.SavePng(file, width, height);
    }
}
