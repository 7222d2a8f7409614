using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Projections.Figures;

namespace Fupin.EventSourced.Api.Figures;

/// <summary>A division's additive figures in a year.</summary>
/// <param name="DivisionCode">The 6-digit division asked for.</param>
/// <param name="Year">The year.</param>
/// <param name="AsOf">Only business dates up to this day, when asked.</param>
/// <param name="KnownOn">The instant the figures are as known on, when asked.</param>
/// <param name="KnownThrough">The event sequence the figures include: every event up to it, none after.</param>
/// <param name="Figures">Every figure, zero where nothing counted: counts, or yuan to the fen for the <c>Funds…</c> figures.</param>
public sealed record DivisionFigures(
    string DivisionCode, int Year, DateOnly? AsOf, DateTimeOffset? KnownOn, long KnownThrough, IReadOnlyDictionary<Figure, decimal> Figures);

/// <summary>A page of the events that make up one figure.</summary>
/// <param name="Figure">The figure.</param>
/// <param name="DivisionCode">The 6-digit division asked for.</param>
/// <param name="Year">The year.</param>
/// <param name="Entries">The counts, in event sequence order.</param>
/// <param name="Next">The <c>after</c> value for the next page; null on the last.</param>
public sealed record FigureExplanation(Figure Figure, string DivisionCode, int Year, IReadOnlyList<FigureEntry> Entries, long? Next);
