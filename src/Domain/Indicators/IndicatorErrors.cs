namespace Fupin.EventSourced.Domain.Indicators;

/// <summary>How the indicator definitions refuse commands.</summary>
public static class IndicatorErrors
{
    public static readonly DomainError NotFound = new("indicator.not-found", RefusalKind.NotFound, "Indicator not found");

    public static readonly DomainError AlreadyDefined =
        new("indicator.already-defined", RefusalKind.Conflict, "Indicator already defined");

    public static readonly DomainError Unchanged =
        new("indicator.unchanged", RefusalKind.RuleViolation, "Indicator definition unchanged");
}
