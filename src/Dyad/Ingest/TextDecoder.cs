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

    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 9 || b is > 13 and < 32) controls++;
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
        var (encoding, skip, validUtf8) = Detect(bytes, declaredCharset);
        var decoded = encoding.GetString(bytes, skip, bytes.Length - skip);
        var text = TextNormalizer.Normalize(decoded);
        // Only bytes found valid decode back to themselves: a declared UTF-8 over invalid bytes replaces some of them.
        verbatim = validUtf8 && ReferenceEquals(text, decoded);
        return text;
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    // The encoding, the bytes of BOM to skip, and whether the bytes were found valid UTF-8.
    private static (Encoding, int, bool) Detect(byte[] bytes, string? declaredCharset)
    {
        // The BOM as bytes: "\xEF\xBB\xBF"u8 would be the UTF-8 of three Latin-1 letters, and the BOM stayed in the text.
        if (bytes.AsSpan().StartsWith(Utf8Bom)) return (Encoding.UTF8, 3, false);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return (Encoding.Unicode, 2, false);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return (Encoding.BigEndianUnicode, 2, false);
        // A validating scan, not a strict decoder's exception: pages in legacy charsets are common enough for the cost to show.
        if (Utf8.IsValid(bytes)) return (Encoding.UTF8, 0, true);
        var charset = declaredCharset ?? SniffHtmlCharset(bytes);
        return (FindEncoding(charset) ?? Encoding.GetEncoding(1252), 0, false);
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
