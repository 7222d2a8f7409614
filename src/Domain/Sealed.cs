namespace Fupin.EventSourced.Domain;

/// <summary>
/// A personal value (a name, an identity number, a phone) as events and documents hold it: encrypted with the key
/// of the person it belongs to, kept outside the event streams. The domain never sees it in clear; erasing the
/// person's key makes every copy unreadable while the events stay exactly as they were (crypto-shredding).
/// </summary>
/// <param name="PersonId">Whose key encrypts it.</param>
/// <param name="Cipher">Base64 of nonce, ciphertext and tag (AES-256-GCM).</param>
public sealed record Sealed(string PersonId, string Cipher);
