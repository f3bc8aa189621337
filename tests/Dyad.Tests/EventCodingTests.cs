using Dyad.Events;
using Dyad.Extraction;
using Dyad.Text;

namespace Dyad.Tests;

/// <summary>Each construction the coder reads, in English and Vietnamese, on sentences written like news.</summary>
public class EventCodingTests
{
    private static IReadOnlyList<CodedEvent> Code(string lang, string body, string? published = "2024-02-20") =>
        Repo.Pipeline.CodeEvents(new Article("t", "t", lang, null, PartialDate.Parse(published), null, body, []));

    private static HashSet<string> Triples(IReadOnlyList<CodedEvent> events) =>
        events.Select(e => $"{e.Source.Country}→{e.Target.Country} {e.Cameo.Root}").ToHashSet();

    [Theory]
    [InlineData("en", "Russia and Cuba discussed trade and investment on Monday.")]
    [InlineData("vi", "Nga và Cuba đã thảo luận về thương mại và đầu tư.")]
    public void Joint_subjects_are_coded_both_ways(string lang, string text) =>
        Assert.Superset(new HashSet<string> { "RUS→CUB 04", "CUB→RUS 04" }, Triples(Code(lang, text)));

    [Theory]
    [InlineData("en", "Russian Foreign Minister Sergey Lavrov visited Cuba. Both sides exchanged views on trade.")]
    [InlineData("vi", "Ngoại trưởng Nga Sergei Lavrov thăm Cuba. Hai bên đã trao đổi về thương mại.")]
    public void Both_sides_stand_for_the_articles_main_pair(string lang, string text) =>
        Assert.Contains("CUB→RUS 04", Triples(Code(lang, text)));

    [Fact]
    public void A_passive_takes_its_source_from_the_by_phrase()
    {
        var e = Code("en", "Sergey Lavrov was received by the President of Cuba Miguel Diaz-Canel.").Single();
        Assert.Equal(("CUB", "RUS", "043"), (e.Source.Country, e.Target.Country, e.Cameo.Code));
    }

    [Theory]
    [InlineData("en", "Russian Foreign Minister Sergey Lavrov held talks with his Cuban counterpart.", "Bruno Rodríguez Parrilla")]
    [InlineData("vi", "Ngoại trưởng Nga Sergei Lavrov đã hội đàm với người đồng cấp Cuba.", "Bruno Rodríguez Parrilla")]
    public void A_counterpart_is_the_target_with_their_name(string lang, string text, string name)
    {
        var e = Code(lang, text).Single();
        Assert.Equal(("RUS", "CUB", "04", name), (e.Source.Country, e.Target.Country, e.Cameo.Root, e.Target.Name));
    }

    [Theory]
    [InlineData("en", "Lavrov said Russia is ready to expand cooperation with Cuba.")]
    [InlineData("vi", "Ông Lavrov cho biết Nga sẵn sàng mở rộng hợp tác với Cuba.")]
    public void In_reported_speech_the_speakers_country_acts(string lang, string text) =>
        Assert.Contains("RUS→CUB 03", Triples(Code(lang, text)));

    [Theory]
    [InlineData("en", "Russia did not sign the agreement with Cuba.")]
    [InlineData("vi", "Nga không ký thỏa thuận với Cuba.")]
    [InlineData("vi", "Nga chưa ký thỏa thuận với Cuba.")]
    public void Negation_cancels_the_event(string lang, string text) =>
        Assert.Empty(Code(lang, text));

    [Theory]
    [InlineData("en", "Russia may grant a loan to Cuba.", "possible")]
    [InlineData("vi", "Nga có thể cấp cho Cuba khoản vay 50 triệu USD.", "possible")]
    [InlineData("vi", "Nga sẽ tiếp tục ủng hộ Cuba.", "intended")]
    [InlineData("en", "Russia will sign an agreement with Cuba.", "intended")]
    public void Modality_is_marked_and_lowers_confidence(string lang, string text, string modality)
    {
        var e = Code(lang, text).Single();
        Assert.Equal(modality, e.Modality);
        Assert.True(e.Confidence < 0.8, $"confidence {e.Confidence}");
    }

    [Fact]
    public void Intended_cooperation_is_coded_as_intent_to_cooperate() =>
        Assert.Equal("03", Code("en", "Russia will sign an agreement with Cuba.").Single().Cameo.Root);

    [Theory]
    [InlineData("en", "Russia called on all parties to show restraint.")]
    [InlineData("vi", "Nga kêu gọi các bên kiềm chế.")]
    public void A_vague_target_gives_no_dyadic_event(string lang, string text) =>
        Assert.Empty(Code(lang, text));

    [Theory]
    [InlineData("en", "Russia discussed Ukraine with China.", "RUS→CHN 04")]
    [InlineData("en", "Russian officials held talks about Syria with Turkey.", "RUS→TUR 04")]
    [InlineData("vi", "Nga thảo luận về tình hình Syria với Mỹ.", "RUS→USA 04")]
    public void What_is_talked_about_is_not_the_target(string lang, string text, string triple) =>
        Assert.Equal([triple], Triples(Code(lang, text)));

    [Theory]
    [InlineData("en", "Yesterday Russia and Cuba signed an agreement.", "2024-02-19")]
    [InlineData("en", "On Monday Russia and Cuba signed an agreement.", "2024-02-19")]
    [InlineData("en", "In 2014 Russia and Cuba signed an agreement.", "2014")]
    [InlineData("en", "Last month Russia and Cuba signed an agreement.", "2024-01")]
    [InlineData("vi", "Hôm qua, Nga và Cuba đã ký thỏa thuận.", "2024-02-19")]
    [InlineData("vi", "Tuần trước, Nga và Cuba đã ký thỏa thuận.", "2024-02")]
    [InlineData("vi", "Hồi tháng 4 vừa qua, Nga và Cuba đã ký thỏa thuận.", "2023-04")]
    [InlineData("vi", "Tháng 5/2016, Nga và Cuba đã ký thỏa thuận.", "2016-05")]
    [InlineData("vi", "Năm 2015, Nga và Cuba đã ký thỏa thuận.", "2015")]
    [InlineData("vi", "Nga và Cuba đã ký thỏa thuận.", "2024-02-20")]
    public void Each_event_gets_the_date_its_sentence_gives(string lang, string text, string date) =>
        Assert.All(Code(lang, text), e => Assert.Equal(date, e.Date?.ToIso()));

    [Fact]
    public void Without_an_article_date_a_relative_date_is_unknown_not_invented() =>
        Assert.All(Code("en", "Yesterday Russia and Cuba signed an agreement.", null), e => Assert.Null(e.Date));

    [Fact]
    public void A_sentence_printed_twice_in_a_page_is_one_report()
    {
        const string lede = "Russia and Cuba discussed trade on Monday.";
        var events = Code("en", lede + "\n" + lede);
        Assert.All(events, e => Assert.Equal(1, e.Mentions));
    }

    [Fact]
    public void Reports_within_a_day_of_each_other_in_one_article_merge()
    {
        var events = Code("en", "On Monday, Russian Foreign Minister Sergey Lavrov held talks with his Cuban counterpart.\nSergey Lavrov also met Cuban President Miguel Diaz-Canel.");
        var talks = events.Single(e => e.Source.Country == "RUS" && e.Cameo.Root == "04");
        Assert.Equal(2, talks.Mentions);
        Assert.Equal("2024-02-19", talks.Date?.ToIso());
    }
}
