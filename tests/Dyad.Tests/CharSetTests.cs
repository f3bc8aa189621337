using Dyad.Text;

namespace Dyad.Tests;

/// <summary>The bit tables answer exactly as the Unicode tests they were built from, for every UTF-16 code unit.</summary>
public class CharSetTests
{
    [Fact]
    public void Every_table_agrees_with_its_Unicode_test_on_all_65536_code_units()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            Assert.Equal(char.IsWhiteSpace(c), CharSet.WhiteSpace.Contains(c));
            Assert.Equal(char.IsLetter(c), CharSet.Letters.Contains(c));
            Assert.Equal(char.IsUpper(c), CharSet.Upper.Contains(c));
            Assert.Equal(char.IsLower(c), CharSet.Lower.Contains(c));
        }
    }

    [Fact]
    public void A_table_built_from_a_test_holds_what_it_accepts_and_nothing_else()
    {
        var vowels = new CharSet(c => "aeiouơư".Contains(c));
        Assert.True(vowels.Contains('ư'));
        Assert.True(vowels.Contains('a'));
        Assert.False(vowels.Contains('b'));
        Assert.False(vowels.Contains('\uFFFF'));
    }
}
