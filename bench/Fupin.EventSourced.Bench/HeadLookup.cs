using System.Security.Cryptography;
using System.Text;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.TestKit;

namespace Fupin.EventSourced.Bench;

/// <summary>
/// The head-identity stream of an identity number, computed as the API computes it (HMAC-SHA256 with the lookup key
/// every test API process is configured with, <see cref="TestPersonalDataKeys.LookupKey"/>), to check the store.
/// </summary>
public static class HeadLookup
{
    private static readonly byte[] Key = Convert.FromBase64String(TestPersonalDataKeys.LookupKey);

    public static string Of(string identityNumber) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(IdentityNumbers.Normalize(identityNumber))));

    public static string StreamId(string identityNumber) => HeadIdentity.StreamId(Of(identityNumber));
}
