using System.Security.Cryptography;
using System.Text;

namespace Fupin.EventSourced.Api.EventStore.Idempotency;

/// <summary>
/// A command's <c>Idempotency-Key</c> (IETF httpapi draft) and the fingerprint of the request it came with: the
/// method, the path and the body's bytes. A retry with the same key and fingerprint gets the first answer; the
/// same key with another fingerprint is refused.
/// </summary>
public sealed record IdempotencyKey(string Key, string Fingerprint)
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 255;
    private static readonly object ItemKey = new();

    public static IdempotencyKey? Of(HttpContext context) => context.Items[ItemKey] as IdempotencyKey;

    internal static void Attach(HttpContext context, IdempotencyKey key) => context.Items[ItemKey] = key;

    /// <summary>Visible ASCII only: the key ends up in logs and a database column, and is compared byte for byte.</summary>
    public static bool IsWellFormed(string key) => key.Length is > 0 and <= MaxLength && key.All(c => c is > ' ' and < '\u007f');

    public static string FingerprintOf(string method, string path, ReadOnlySpan<byte> body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{method}\n{path}\n"));
        hash.AppendData(body);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
