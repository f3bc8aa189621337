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
            (4, Gen.Elements("Nga", "MỸ", "Đà Nẵng", "TỔNG THỐNG", "Lavrov", "İstanbul", "ΑΘΗΝΑ", "Москва", "𐐀𐐁", "ǅ", "ß", "中国", "USA",
                // Decomposed Vietnamese, a lone combining mark, Hangul jamo that compose, singletons NFC replaces.
                "Vie\u0323\u0302t Nam", "\u0301", "\u1100\u1161\u11A8", "\u2126", "\u212B", "\uF900")),
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

    // NFC, then the typographic spaces turned into plain ones: what Normalize is defined as.
    private static string NormalizeDefinition(string text) =>
        text.Normalize(System.Text.NormalizationForm.FormC).Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u00A0', ' ').Replace("\u200B", "");

    [Property(MaxTest = 500)]
    public Property Normalize_matches_NFC_and_the_space_replacements() =>
        Prop.ForAll(Arb.From(Texts), text => TextNormalizer.Normalize(text) == NormalizeDefinition(text));

    [Fact]
    public void Every_character_after_a_letter_or_a_leading_jamo_normalizes_as_NFC_does()
    {
        // Normalize skips ICU for texts whose characters are each NFC and compose with nothing before them; a character
        // wrongly taken for one would show here, after a base it could compose with.
        foreach (var before in new[] { "a", "e", "A", "\u1100", "\uAC00", "\u0915" })
            for (var c = 0; c <= char.MaxValue; c++)
            {
                if (char.IsSurrogate((char)c)) continue;
                var text = before + (char)c;
                string expected;
                try { expected = NormalizeDefinition(text); }
                catch (ArgumentException)
                {
                    // Noncharacters: .NET refuses to normalize them, and so does Normalize.
                    Assert.Throws<ArgumentException>(() => TextNormalizer.Normalize(text));
                    continue;
                }
                Assert.Equal(expected, TextNormalizer.Normalize(text));
            }
    }
}
