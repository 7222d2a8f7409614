namespace Fupin.EventSourced.Api.Villages;

/// <summary>The answer to a village command: which village, and its version now (also sent as <c>ETag</c>).</summary>
/// <param name="VillageCode">The village's 12-digit code.</param>
/// <param name="Version">The village stream's version after the command; send it back in <c>If-Match</c>.</param>
public sealed record VillageWritten(string VillageCode, long Version);
