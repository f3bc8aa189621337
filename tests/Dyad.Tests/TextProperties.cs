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

    // A word token as the tokenizer defined it before it kept the words it had seen: its own text, that text lower-cased,
    // and the lower-cased form's hash.
    [Property(MaxTest = 500)]
    public Property Word_tokens_are_their_text_its_lower_case_and_its_hash_whatever_came_before() =>
        Prop.ForAll(Arb.From(Texts), Arb.From(Texts), (earlier, text) =>
        {
            Tokenizer.Tokenize(earlier);
            var first = Tokenizer.Tokenize(text);
            Assert.Equal(first, Tokenizer.Tokenize(text));
            foreach (var t in first)
            {
                Assert.Equal(text[t.Start..t.End], t.Text);
                Assert.Equal(t.Text.ToLowerInvariant(), t.Lower);
                Assert.Equal(WordMap.Hash(t.Lower), t.LowerHash);
            }
        });

    [Fact]
    public void The_tokenizer_still_reads_words_right_after_it_forgets_the_words_it_knew()
    {
        // More distinct words than the tokenizer keeps, so that it empties its store of words at least once.
        var text = string.Join(' ', Enumerable.Range(0, 250_000).Select(i => $"W{i}"));
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(250_000, tokens.Count);
        Assert.All(tokens, t => Assert.Equal(text[t.Start..t.End].ToLowerInvariant(), t.Lower));
        Assert.Equal("w249999", Tokenizer.Tokenize("W249999 W0")[0].Lower);
    }

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
