using Dyad.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dyad.Tests;

/// <summary>The one-pass marker search answers as searching for each marker in turn does.</summary>
public class MarkerSearchTests
{
    private static readonly string[] Pieces = ["ảnh:", "(photo:", "photo", "getty images", "ab", "b", "x", " ", "ảnh", "(", ":", "a", "ép", "é"];

    private static Gen<string[]> Some(int max) =>
        Gen.Choose(0, max).SelectMany(n => Gen.ArrayOf(Gen.Elements(Pieces), n));

    [Property(MaxTest = 500)]
    public Property Contains_any_marker_exactly_when_one_is_contained() =>
        Prop.ForAll(Arb.From(Some(4)), Arb.From(Some(8)), (markers, pieces) =>
        {
            var text = string.Concat(pieces);
            return new MarkerSearch(markers).ContainsAny(text) == markers.Any(m => m.Length > 0 && text.Contains(m, StringComparison.Ordinal));
        });
}
