using Dyad.Actors;
using Dyad.Extraction;
using Dyad.Text;

namespace Dyad.Tests;

public class ActorTests
{
    private static List<ActorMention> Actors(string lang, string text, string? published = null) =>
        Repo.Pipeline.Actors(new Article("t", "t", lang, null, PartialDate.Parse(published), null, text, [])).SelectMany(s => s).ToList();

    [Theory]
    [InlineData("2018-06-01", "Mike Pompeo")]
    [InlineData("2017-06-01", "Rex Tillerson")]
    public void A_role_and_a_country_name_whoever_held_the_office_at_the_article_date(string date, string person)
    {
        var m = Actors("vi", "Ngoại trưởng Mỹ đã điện đàm với Ngoại trưởng Nga.", date).First();
        Assert.Equal(("USA", "GOV", person), (m.Country, m.Role, m.Name));
        Assert.Contains(person, m.Why);
    }

    // Explanations are written out when asked, after the whole article is read: each still names the person its mention
    // was resolved to then, not the last person of the article.
    [Fact]
    public void An_anaphor_explains_the_person_it_was_resolved_to_even_after_another_is_named()
    {
        var mentions = Actors("en", "Russian Foreign Minister Sergey Lavrov arrived in Havana. He met Cuban officials. " +
            "Chinese Foreign Minister Wang Yi arrived later. He met them too.", "2024-02-20");
        var anaphors = mentions.Where(m => m.Text == "He").ToList();
        Assert.Equal(["Sergey Lavrov", "Wang Yi"], anaphors.Select(m => m.Name));
        Assert.EndsWith("the last person named, Sergey Lavrov", anaphors[0].Why);
        Assert.EndsWith("the last person named, Wang Yi", anaphors[1].Why);
    }

    [Fact]
    public void Without_a_date_the_role_stays_without_a_person()
    {
        var m = Actors("vi", "Ngoại trưởng Mỹ đã điện đàm với Ngoại trưởng Nga.").First();
        Assert.Equal(("USAGOV", (string?)null), (m.Code, m.Name));
    }

    [Theory]
    [InlineData("en", "Russian Foreign Minister Sergey Lavrov met reporters.", "Russian Foreign Minister Sergey Lavrov")]
    [InlineData("en", "Lavrov met reporters.", "Lavrov")]
    [InlineData("vi", "Ngoại trưởng Lavrov nhấn mạnh điều đó.", "Ngoại trưởng Lavrov")]
    [InlineData("vi", "Ngoại trưởng Nga Sergei Lavrov phát biểu.", "Ngoại trưởng Nga Sergei Lavrov")]
    public void Names_roles_and_countries_side_by_side_are_one_actor(string lang, string text, string span)
    {
        var m = Actors(lang, text, "2024-02-20").First();
        Assert.Equal((span, "RUS", "GOV", "Sergey Lavrov"), (m.Text, m.Country, m.Role, m.Name));
    }

    [Fact]
    public void A_counterpart_holds_the_same_office_in_the_other_country()
    {
        var mentions = Actors("en", "Russian Foreign Minister Sergey Lavrov conducted talks with his Cuban counterpart.", "2024-02-20");
        var counterpart = mentions.Last();
        Assert.Equal(("CUB", "Bruno Rodríguez Parrilla"), (counterpart.Country, counterpart.Name));
        var vi = Actors("vi", "Ngoại trưởng Nga Sergei Lavrov đã điện đàm với người đồng cấp Mỹ.", "2018-07-20").Last();
        Assert.Equal(("USA", "Mike Pompeo"), (vi.Country, vi.Name));
    }

    [Fact]
    public void A_pronoun_refers_back_to_the_last_person_named()
    {
        var mentions = Actors("vi", "Ngoại trưởng Bruno Rodríguez Parrilla bày tỏ quan ngại. Ông nêu rõ La Habana sẵn sàng đối thoại.", "2024-02-20");
        var pronoun = mentions.Single(m => m.Text == "Ông");
        Assert.Equal(("CUB", "Bruno Rodríguez Parrilla"), (pronoun.Country, pronoun.Name));
    }

    [Theory]
    [InlineData("vi", "Bà Nguyễn Thị Nga, giáo viên ở Hà Nội, cho biết.")]
    [InlineData("vi", "Doanh số mỹ phẩm tăng mạnh trong năm nay.")]
    [InlineData("vi", "Quốc hội thông qua luật mới về pháp luật dân sự.")]
    [InlineData("en", "Both sides condemned sanctions in violation of the UN Charter.")]
    [InlineData("en", "Let us know what you think.")]
    public void Words_that_contain_a_country_name_are_not_actors(string lang, string text) =>
        Assert.DoesNotContain(Actors(lang, text), m => m.IsConcrete);
}
