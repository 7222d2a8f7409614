namespace Fupin.EventSourced.Api.EventStore;

/// <summary>A statement (Marten's <c>?</c> placeholders) that commits with a command's events or not at all.</summary>
public sealed record SqlWrite(string Sql, params object[] Arguments);
