using Dyad.Actors;
using Dyad.Events;
using Dyad.Extraction;
using Dyad.Text;

namespace Dyad.Analysis;

public sealed record Triple(string Source, string Target, string Root)
{
    public override string ToString() => $"{Source}→{Target} {Root}";
}

/// <summary>How one document scored.</summary>
public sealed record DocumentScore(string Doc, int Predicted, int Correct, int Gold, int Found,
    IReadOnlyList<GoldEvent> Misses, IReadOnlyList<Triple> FalseAlarms,
    int BodyGold, int BodyRecalled, int Extracted, int ExtractedRight,
    bool TitleRight, string? Title, bool DateRight, string? Published, ActorScore Actors);

/// <summary>The scores of samples/README.md, micro-averaged over documents.</summary>
public sealed record EvaluationReport(IReadOnlyList<DocumentScore> Documents)
{
    public double EventPrecision => Ratio(Documents.Sum(d => d.Correct), Documents.Sum(d => d.Predicted));
    public double EventRecall => Ratio(Documents.Sum(d => d.Found), Documents.Sum(d => d.Gold));
    public double EventF1 => F1(EventPrecision, EventRecall);
    public double LinePrecision => Ratio(Documents.Sum(d => d.ExtractedRight), Documents.Sum(d => d.Extracted));
    public double LineRecall => Ratio(Documents.Sum(d => d.BodyRecalled), Documents.Sum(d => d.BodyGold));
    public double LineF1 => F1(LinePrecision, LineRecall);
    public double TitleAccuracy => Ratio(Documents.Count(d => d.TitleRight), Documents.Count);
    public double DateAccuracy => Ratio(Documents.Count(d => d.DateRight), Documents.Count);
    public double ActorPrecision => Ratio(Documents.Sum(d => d.Actors.PredictedRight), Documents.Sum(d => d.Actors.Predicted));
    public double ActorRecall => Ratio(Documents.Sum(d => d.Actors.Found), Documents.Sum(d => d.Actors.Gold));
    public int ActorWrongCountries => Documents.Sum(d => d.Actors.WrongCountry);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/// <summary>Scores a pipeline's output against an answer key, by the rules in samples/README.md.</summary>
public static class Evaluator
{
    public static DocumentScore Score(GoldDocument gold, string rawText, Article article, IReadOnlyList<CodedEvent> events, IEnumerable<ActorMention> actors)
    {
        var triples = events.Select(e => new Triple(e.Source.Country, e.Target.Country, e.Cameo.Root)).Distinct().ToList();
        var admissible = gold.Events.Concat(gold.Optional).ToList();
        var falseAlarms = triples.Where(t => !admissible.Any(g => g.Matches(t.Source, t.Target, t.Root))).ToList();
        var misses = gold.Events.Where(g => !triples.Any(t => g.Matches(t.Source, t.Target, t.Root))).ToList();

        var lines = rawText.Split('\n').Select(TextNormalizer.CollapseWhitespace).ToArray();
        string Line(int n) => n - 1 < lines.Length ? lines[n - 1] : "";
        var body = TextNormalizer.CollapseWhitespace(article.Body.Replace('\n', ' '));
        var recalled = gold.BodyLines.Count(n => Line(n).Length > 0 && body.Contains(PageLine.Clean(Line(n)), StringComparison.Ordinal));
        var allowed = gold.BodyLines.Concat(gold.NeutralLines).Select(n => PageLine.Clean(Line(n))).Where(l => l.Length > 0).ToList();
        var extracted = article.Body.Split('\n').Select(TextNormalizer.CollapseWhitespace).Where(l => l.Length > 0).ToList();
        var right = extracted.Count(x => allowed.Any(a => a.Contains(x, StringComparison.Ordinal)));

        var title = article.Title is null ? null : TextNormalizer.CollapseWhitespace(article.Title);
        var titleRight = gold.Title is null ? title is null : title == TextNormalizer.CollapseWhitespace(gold.Title);
        var published = article.Published?.ToIso();
        var dateRight = gold.Published is null && gold.PublishedAlt.Count == 0 ? published is null
            : published is not null && (published == gold.Published || gold.PublishedAlt.Contains(published)) || gold.Published is null && published is null;

        return new DocumentScore(gold.Doc, triples.Count, triples.Count - falseAlarms.Count, gold.Events.Count, gold.Events.Count - misses.Count,
            misses, falseAlarms, gold.BodyLines.Count, recalled, extracted.Count, right, titleRight, title, dateRight, published,
            ActorScoring.Score(gold.Actors, actors));
    }
}
