namespace Dyad.Tests;

public class ExtractionTests
{
    [Fact]
    public void The_title_is_the_headline_not_the_breadcrumb()
    {
        var article = Repo.Pipeline.Extract(Repo.ReadSeed("002"));
        Assert.Equal("Russia, Cuba commit to advance strategic partnership", article.Title);
        Assert.Equal("en", article.Lang);
    }

    [Fact]
    public void A_page_without_its_own_date_has_none_even_with_dated_related_links()
    {
        var article = Repo.Pipeline.Extract(Repo.ReadSeed("004"));
        Assert.Null(article.Published);
        Assert.DoesNotContain("Căng thẳng Nga - Mỹ tiếp tục leo thang", article.Body);
        Assert.DoesNotContain("quan hệ nga mỹ", article.Body);
    }

    [Fact]
    public void A_date_header_gives_the_publication_date()
    {
        var article = Repo.Pipeline.Extract(Repo.ReadSeed("003"));
        Assert.Equal("2016-01-22", article.Published?.ToIso());
        Assert.Equal("header", article.PublishedSource);
        Assert.DoesNotContain("MỹTổng thống", article.Body);
    }

    [Fact]
    public void Today_with_day_and_month_gives_a_partial_date()
    {
        var article = Repo.Pipeline.Extract(Repo.ReadSeed("001"));
        Assert.Equal("XXXX-11-02", article.Published?.ToIso());
        Assert.DoesNotContain("Tin liên quan", article.Body);
        Assert.DoesNotContain("vũ khí siêu thanh", article.Body);
        Assert.Contains(article.Captions, c => c.Contains("(Ảnh: AP)"));
    }

    [Fact]
    public void Related_teasers_and_bylines_stay_out_of_the_body()
    {
        var seed0 = Repo.Pipeline.Extract(Repo.ReadSeed("000"));
        Assert.Null(seed0.Title);
        Assert.DoesNotContain("Petrovietnam", seed0.Body);
        var seed2 = Repo.Pipeline.Extract(Repo.ReadSeed("002"));
        Assert.DoesNotContain("Natasha Matloob", seed2.Body);
        Assert.DoesNotContain("Also Read", seed2.Body);
        Assert.Contains("It further stated that this action is contrary", seed2.Body);
    }
}
