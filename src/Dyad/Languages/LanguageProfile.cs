namespace Dyad.Languages;

/// <summary>What one language's <c>data/&lt;lang&gt;/language.yaml</c> says: markers, date words, grammar words.</summary>
public sealed class LanguageProfile
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> Stopwords { get; set; } = [];
    public BoilerplateWords Boilerplate { get; set; } = new();
    public DateWords Dates { get; set; } = new();
    public GrammarWords Grammar { get; set; } = new();
}

public sealed class BoilerplateWords
{
    public List<string> SectionEnd { get; set; } = [];
    public List<string> LineStart { get; set; } = [];
    public List<string> Caption { get; set; } = [];
}

public sealed class DateWords
{
    public string NumericOrder { get; set; } = "dmy";
    public Dictionary<string, int> Months { get; set; } = [];
    /// <summary>Whether the language writes month names with a capital ("May" the month, "may" the verb).</summary>
    public bool MonthsCapitalized { get; set; }
    public Dictionary<string, int> Weekdays { get; set; } = [];
    public List<string> WeekdayPast { get; set; } = [];
    public List<string> WeekdayNext { get; set; } = [];
    public Dictionary<string, int> RelativeDays { get; set; } = [];
    public Dictionary<string, int> RelativeWeeks { get; set; } = [];
    public Dictionary<string, int> RelativeMonths { get; set; } = [];
    public Dictionary<string, int> RelativeYears { get; set; } = [];
    public List<string> PastSuffix { get; set; } = [];
    public List<string> YearPrefix { get; set; } = [];
    public List<string> TodayWords { get; set; } = [];
    /// <summary>Words between day, month and year: "20 de febrero de 2024".</summary>
    public List<string> Joiners { get; set; } = [];
}

public sealed class GrammarWords
{
    public List<string> SpeechVerbs { get; set; } = [];
    public List<string> JointSubjects { get; set; } = [];
    public List<string> GenericActors { get; set; } = [];
    public List<string> Locatives { get; set; } = [];
    public List<string> PlaceNouns { get; set; } = [];
    public List<string> Honorifics { get; set; } = [];
    public List<string> CountryAnaphors { get; set; } = [];
    public List<string> PersonAnaphors { get; set; } = [];
    public List<string> Conjunctions { get; set; } = [];
    public List<string> Nominalizers { get; set; } = [];
    public List<string> Negation { get; set; } = [];
    public List<string> Possibility { get; set; } = [];
    public List<string> Intent { get; set; } = [];
    public List<string> PassiveBefore { get; set; } = [];
    public List<string> PassiveAfter { get; set; } = [];
    public List<string> ClauseBreaks { get; set; } = [];
    public List<string> Attribution { get; set; } = [];
    public List<string> TopicMarkers { get; set; } = [];
    public List<string> TopicVerbs { get; set; } = [];
}
