using System.Text;
using System.Text.Unicode;
using System.Text.RegularExpressions;
using Dyad.Text;

namespace Dyad.Ingest;

/// <summary>
/// Turns bytes into NFC text: a BOM wins, then strict UTF-8, then the charset an HTML page declares,
/// then windows-1252, the legacy default of the web.
/// </summary>
public static partial class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // Bytes that text never holds, bar a stray one: NUL, the C0 controls other than tab, line feeds, form feed and
    // carriage return. The search below and the count after it both go by this one test.
    private static bool IsControl(byte b) => b < 9 || b is > 13 and < 32;

    private static readonly System.Buffers.SearchValues<byte> ControlBytes =
        System.Buffers.SearchValues.Create(Enumerable.Range(0, 32).Select(b => (byte)b).Where(IsControl).ToArray());

    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        // Almost every page has no control byte at all: one vectorised search answers those, and only the rest are counted.
        if (!sample.ContainsAny(ControlBytes)) return false;
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (IsControl(b)) controls++;
        }
        return sample.Length > 0 && controls * 20 > sample.Length;
    }

    public static string Decode(byte[] bytes, string? declaredCharset = null) => Decode(bytes, declaredCharset, out _);

    /// <summary>
    /// Decodes, and says whether the text is exactly the bytes read as UTF-8 (no BOM, nothing normalized): its content
    /// hash can then be taken from the bytes, without encoding the text again.
    /// </summary>
    public static string Decode(byte[] bytes, string? declaredCharset, out bool verbatim)
    {
        var (decoded, validUtf8) = DecodeAsIs(bytes, declaredCharset);
        var text = TextNormalizer.Normalize(decoded);
        // Only bytes found valid decode back to themselves: a declared UTF-8 over invalid bytes replaces some of them.
        verbatim = validUtf8 && ReferenceEquals(text, decoded);
        return text;
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    // The text before normalization, and whether the bytes were found valid UTF-8.
    private static (string, bool) DecodeAsIs(byte[] bytes, string? declaredCharset)
    {
        // The BOM as bytes: "\xEF\xBB\xBF"u8 would be the UTF-8 of three Latin-1 letters, and the BOM stayed in the text.
        if (bytes.AsSpan().StartsWith(Utf8Bom)) return (Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), false);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), false);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), false);
        if (StrictUtf8(bytes) is { } text) return (text, true);
        var charset = declaredCharset ?? SniffHtmlCharset(bytes);
        return ((FindEncoding(charset) ?? Encoding.GetEncoding(1252)).GetString(bytes), false);
    }

    // The bytes as UTF-8, or null when they are not valid UTF-8: one pass that validates while it transcodes (a
    // validating scan and then a decoder read every byte twice), and no exception for the legacy pages that fail.
    private static string? StrictUtf8(byte[] bytes)
    {
        // UTF-8 never takes fewer bytes than UTF-16 takes code units.
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            return Utf8.ToUtf16(bytes, buffer, out _, out var written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done
                ? new string(buffer, 0, written)
                : null;
        }
        finally { System.Buffers.ArrayPool<char>.Shared.Return(buffer); }
    }

    private static Encoding? FindEncoding(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        try { return Encoding.GetEncoding(name.Trim().Trim('"', '\'')); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException) { return null; }
    }

    private static string? SniffHtmlCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var m = CharsetPattern().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex("""charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();
}
