using System.Text;
using Dyad.Ingest;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dyad.Tests;

/// <summary>
/// Arbitrary and damaged bytes never crash the readers or hang them: every input becomes documents or failures.
/// Sizes stay small (FsCheck's default of up to ~100 elements, a few mutations of a 10 KB archive) so the suite stays fast.
/// </summary>
public class ReaderProperties
{
    private static readonly string[] Kinds = [".txt", ".html", ".jsonl", ".jsonl.gz", ".ndjson", ".warc", ".warc.gz", ".wet", ".arc.gz"];

    [Property(MaxTest = 300)]
    public bool Decoding_arbitrary_bytes_gives_text(byte[] bytes, string? declaredCharset)
    {
        TextDecoder.LooksBinary(bytes);
        return TextDecoder.Decode(bytes, declaredCharset) is not null;
    }

    // Mostly letters with a control byte here and there, so that both sides of the one-in-20 line are reached, and the
    // raw bytes as they come: the vectorised check answers as the definition does.
    [Property(MaxTest = 500)]
    public bool The_binary_check_is_a_nul_or_more_than_one_control_byte_in_20(byte[] raw)
    {
        var texty = raw.Select(b => b % 40 < 38 ? (byte)('a' + b % 26) : (byte)(b % 32)).ToArray();
        return TextDecoder.LooksBinary(raw) == BinaryByDefinition(raw) && TextDecoder.LooksBinary(texty) == BinaryByDefinition(texty);
    }

    private static bool BinaryByDefinition(byte[] bytes)
    {
        var sample = bytes.Take(8192).ToArray();
        return sample.Contains((byte)0) || sample.Length > 0 && sample.Count(b => b < 9 || b is > 13 and < 32) * 20 > sample.Length;
    }

    [Property(MaxTest = 200)]
    public Property A_file_of_arbitrary_bytes_of_any_kind_is_documents_or_failures() =>
        Prop.ForAll(Arb.From(from bytes in ArbMap.Default.GeneratorFor<byte[]>()
                             from kind in Gen.Elements(Kinds)
                             from gzip in ArbMap.Default.GeneratorFor<bool>()
                             select (Bytes: gzip ? WarcReaderTests.Gzip(bytes) : bytes, Kind: kind)),
            input => ReadsCleanly(input.Bytes, input.Kind));

    [Property(MaxTest = 500)]
    public Property A_damaged_web_archive_is_documents_or_failures() =>
        Prop.ForAll(Arb.From(Damaged(ValidArchive.Value)), bytes => ReadsCleanly(bytes, ".warc.gz") && ReadsCleanly(bytes, ".warc"));

    [Property(MaxTest = 300)]
    public Property A_damaged_json_lines_gzip_is_documents_or_failures() =>
        Prop.ForAll(Arb.From(Damaged(ValidJsonLines.Value)), bytes => ReadsCleanly(bytes, ".jsonl.gz"));

    private static readonly Lazy<byte[]> ValidArchive = new(() =>
        [.. WarcReaderTests.Gzip(WarcReaderTests.SeedResponse("002", 0)), .. WarcReaderTests.Gzip(WarcReaderTests.SeedResponse("004", 1))]);

    private static readonly Lazy<byte[]> ValidJsonLines = new(() => WarcReaderTests.Gzip(Encoding.UTF8.GetBytes(
        string.Concat(Enumerable.Range(0, 200).Select(i => $"{{\"id\":\"r{i}\",\"date\":\"2024-02-{i % 28 + 1:D2}\",\"text\":\"Russia and Cuba held talks, round {i}.\"}}\n")))));

    /// <summary>A valid file with a few bytes overwritten, a few removed, and perhaps cut short.</summary>
    private static Gen<byte[]> Damaged(byte[] valid) =>
        from flips in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, valid.Length - 1), Gen.Choose(0, 255)))
        from cut in Gen.Frequency((1, Gen.Constant(valid.Length)), (1, Gen.Choose(0, valid.Length)))
        from drop in Gen.Choose(0, valid.Length - 1)
        select Damage(valid, flips, cut, drop);

    private static byte[] Damage(byte[] valid, (int At, int Value)[] flips, int cut, int drop)
    {
        var bytes = (byte[])valid.Clone();
        foreach (var (at, value) in flips.Take(8)) bytes[at] = (byte)value;
        var shorter = bytes[..cut];
        return flips.Length % 2 == 0 || drop >= shorter.Length ? shorter : [.. shorter[..drop], .. shorter[(drop + 1)..]];
    }

    /// <summary>Reads the bytes as a file of that kind, in time, and checks each result is a document or a failure.</summary>
    private static bool ReadsCleanly(byte[] bytes, string kind)
    {
        using var dir = new TempDir();
        var path = dir.File("input" + kind);
        File.WriteAllBytes(path, bytes);
        var results = Bounded.Run(() => DocumentReader.Read([path]).ToList());
        return results.All(r => (r.Document is null) != (r.Failure is null) && (r.Failure is null || r.Failure.Problem.Length > 0));
    }
}

/// <summary>Runs a piece of work with a time limit: a hang fails the property instead of stalling the suite.</summary>
internal static class Bounded
{
    public static T Run<T>(Func<T> work, int seconds = 20)
    {
        var task = Task.Run(work);
        if (!task.Wait(TimeSpan.FromSeconds(seconds))) throw new TimeoutException($"still running after {seconds} s");
        return task.Result;
    }
}
