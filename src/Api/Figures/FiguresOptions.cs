namespace Fupin.EventSourced.Api.Figures;

/// <summary>Configuration section <c>Figures</c>.</summary>
public sealed class FiguresOptions
{
    public const string Section = "Figures";

    /// <summary>
    /// How often the ledger's progress is marked, which is the resolution of reports "as known on" an instant:
    /// such a report sees what the ledger had at the last mark before that instant.
    /// </summary>
    public TimeSpan MarkInterval { get; set; } = TimeSpan.FromSeconds(10);
}
