using System.Security.Cryptography;
using System.Text;

namespace Dyad.Ingest;

/// <summary>The key a document is stored under: the first 128 bits of the SHA-256 of its text in UTF-8, as hex.</summary>
public static class ContentHashing
{
    public static string Of(string content) => Of(Encoding.UTF8.GetBytes(content));

    /// <summary>The same key from the text's UTF-8 bytes, for a reader that has them already.</summary>
    public static string Of(ReadOnlySpan<byte> utf8) => Convert.ToHexStringLower(SHA256.HashData(utf8).AsSpan(0, 16));
}
