using Dyad.Languages;
using Dyad.Text;

namespace Dyad.Tests;

public class DateFinderTests
{
    private static readonly LanguageCatalog Catalog = LanguageCatalog.Load(Path.Combine(Repo.Root, "data"));

    private static PartialDate? Resolve(string lang, string text, PartialDate? anchor)
    {
        var finder = new DateFinder(Catalog.Find(lang)!);
        var mention = finder.Find(Tokenizer.Tokenize(text)).First();
        return mention.Resolve(anchor);
    }

    [Theory]
    [InlineData("vi", "Tổng thống Nga hôm nay 2/11 tiếp", null, "XXXX-11-02")]
    [InlineData("vi", "Tháng 5/2016, ông Diaz-Canel", null, "2016-05")]
    [InlineData("vi", "từng tới Nga năm 2015", null, "2015")]
    [InlineData("vi", "Thứ Sáu, 22/01/2016 11:35", null, "2016-01-22")]
    [InlineData("vi", "hồi tháng 4 vừa qua", "2018-11-02", "2018-04")]
    [InlineData("vi", "hồi tháng 12 vừa qua", "2018-11-02", "2017-12")]
    [InlineData("vi", "hôm qua khẳng định", "2018-11-02", "2018-11-01")]
    [InlineData("vi", "hôm qua khẳng định", "XXXX-11-02", "XXXX-11-01")]
    [InlineData("en", "On Monday, Lavrov", "2024-02-20", "2024-02-19")]
    [InlineData("en", "Havana, 20 February 2024 (TDI)", null, "2024-02-20")]
    [InlineData("en", "on February 20, 2024 in", null, "2024-02-20")]
    [InlineData("en", "visited Cuba in 2014", null, "2014")]
    [InlineData("en", "yesterday", "2024-03-01", "2024-02-29")]
    [InlineData("ru", "Москва, 20 февраля 2024 года", null, "2024-02-20")]
    [InlineData("ru", "вчера министр заявил", "2024-02-20", "2024-02-19")]
    [InlineData("es", "La Habana, 20 de febrero de 2024", null, "2024-02-20")]
    [InlineData("es", "ayer el ministro dijo", "2024-02-20", "2024-02-19")]
    [InlineData("fr", "Paris, le 20 février 2024", null, "2024-02-20")]
    [InlineData("de", "Berlin, 20. Februar 2024", null, "2024-02-20")]
    [InlineData("pt", "Lisboa, 20 de fevereiro de 2024", null, "2024-02-20")]
    [InlineData("zh", "2024年2月20日，俄罗斯外长", null, "2024-02-20")]
    [InlineData("ja", "2024年2月20日、ロシアの外相", null, "2024-02-20")]
    [InlineData("ar", "هافانا، 20 فبراير 2024", null, "2024-02-20")]
    [InlineData("ar", "هافانا، 20 شباط 2024", null, "2024-02-20")]
    public void Resolves_dates_against_the_article_date(string lang, string text, string? anchor, string expected) =>
        Assert.Equal(expected, Resolve(lang, text, PartialDate.Parse(anchor))?.ToIso());

    [Fact]
    public void A_relative_date_without_an_article_date_is_unknown_not_invented() =>
        Assert.Null(Resolve("en", "On Monday, Lavrov", null));

    [Fact]
    public void A_bare_fraction_is_not_a_date()
    {
        var finder = new DateFinder(Catalog.Find("vi")!);
        Assert.Empty(finder.Find(Tokenizer.Tokenize("tăng 2/3 so với cùng kỳ")));
    }
}
