using System.Runtime.InteropServices;
using Dyad.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dyad.Tests;

/// <summary>The language identifier's compact score table keeps what the profiles say, within its fixed-point step.</summary>
public class TrigramTableTests
{
    [Property(MaxTest = 200)]
    public Property Every_key_finds_its_scores_within_half_a_step_on_as_few_cache_lines_as_fit_it() =>
        Prop.ForAll(Arb.From(ArbMap.Default.GeneratorFor<int>()), seed =>
        {
            var random = new Random(seed);
            var languages = random.Next(1, 40);
            var source = new Dictionary<ulong, float[]>();
            for (var n = random.Next(1, 300); source.Count < n;)
                source[(ulong)random.NextInt64(1, long.MaxValue)] = Enumerable.Range(0, languages).Select(_ => -9f * random.NextSingle()).ToArray();
            var table = new TrigramTable(source, languages);
            var handle = GCHandle.Alloc(table.Scores, GCHandleType.Pinned);
            try
            {
                foreach (var (key, scores) in source)
                {
                    var row = table.RowOf(key);
                    var start = handle.AddrOfPinnedObject() + row * sizeof(short);
                    var bytes = table.Width * sizeof(short);
                    Assert.Equal(Math.Max(1, (bytes + 63) / 64), (start + bytes - 1) / 64 - start / 64 + 1);
                    for (var i = 0; i < languages; i++)
                        Assert.InRange(table.Scores[row + i] / (double)TrigramTable.Scale - scores[i], -0.5 / TrigramTable.Scale, 0.5 / TrigramTable.Scale);
                }
                var absent = (ulong)random.NextInt64(1, long.MaxValue);
                if (!source.ContainsKey(absent)) Assert.Equal(-1, table.RowOf(absent));
            }
            finally { handle.Free(); }
        });
}
