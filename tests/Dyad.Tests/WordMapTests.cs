using Dyad.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dyad.Tests;

/// <summary>The phrase tries' word table answers as a dictionary of the same words does.</summary>
public class WordMapTests
{
    [Property(MaxTest = 300)]
    public Property Finds_every_added_word_once_and_nothing_else() =>
        Prop.ForAll(Arb.From(ArbMap.Default.GeneratorFor<string[]>()), Arb.From(ArbMap.Default.GeneratorFor<string[]>()), Arb.From(Gen.Choose(0, 400)), (added, probes, more) =>
        {
            var map = new WordMap<object>();
            var expected = new Dictionary<string, object>(StringComparer.Ordinal);
            // Numbered words make some maps large enough to use their filter of hash prefixes.
            foreach (var word in added.Where(w => w is not null).Concat(Enumerable.Range(0, more).Select(i => $"w{i}")))
            {
                var value = map.GetOrAdd(word, () => new object());
                Assert.Same(expected.TryGetValue(word, out var first) ? first : expected[word] = value, value);
            }
            Assert.Equal(expected.Count, map.Count);
            foreach (var word in expected.Keys.Concat(probes.Where(w => w is not null)).Concat(Enumerable.Range(0, 800).Select(i => $"w{i}")))
            {
                var found = map.TryGetValue(word, WordMap.Hash(word), out var value);
                Assert.Equal(expected.TryGetValue(word, out var want), found);
                if (found) Assert.Same(want, value);
            }
        });
}
