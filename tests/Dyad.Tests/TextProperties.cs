using Dyad.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dyad.Tests;

/// <summary>The hand-written fast paths of text handling give what the plain .NET definitions give.</summary>
public class TextProperties
{
    private static readonly Gen<string> Texts =
        from parts in Gen.ArrayOf(Gen.Frequency(
            (4, Gen.Elements("Nga", "MỸ", "Đà Nẵng", "TỔNG THỐNG", "Lavrov", "İstanbul", "ΑΘΗΝΑ", "Москва", "𐐀𐐁", "ǅ", "ß", "中国", "USA")),
            (2, Gen.Elements(" ", "  ", "\t", "\n", "\u00A0", "\u2003", "\r\n")),
            (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""))))
        select string.Concat(parts);

    [Fact]
    public void Every_character_lower_cases_as_the_invariant_culture_does()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = ((char)c).ToString();
            Assert.Equal(text.ToLowerInvariant(), LowerCase.Of(text));
        }
    }

    [Property(MaxTest = 500)]
    public Property Lower_case_matches_ToLowerInvariant() =>
        Prop.ForAll(Arb.From(Texts), text => LowerCase.Of(text) == text.ToLowerInvariant());

    [Property(MaxTest = 500)]
    public Property Collapsed_white_space_matches_split_and_join() =>
        Prop.ForAll(Arb.From(Texts), text =>
            TextNormalizer.CollapseWhitespace(text) == string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
}
