using FluentValidation;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.FieldWork;

/// <summary>Input rules and counting shared by the field-work records; free text follows <see cref="TextRules"/>.</summary>
public static class FieldWorkRules
{
    public const int MaxTextLength = 200;
    public const int MaxReasonLength = 500;
    public const int MaxUrlLength = 2000;

    /// <summary>An upper bound on people, copies or villages in one record: a typo of ten digits is refused, not summed.</summary>
    public const int MaxHeadcount = 1_000_000;

    /// <summary>
    /// Where a fact happened: a 6-digit province, city or county code, a 9-digit township or a 12-digit village code.
    /// Figures roll up by the code's prefix, so the finest level known is the most useful.
    /// </summary>
    public static bool IsDivision(string? code) =>
        code is { Length: 9 or 12 } && code.All(char.IsAsciiDigit) && !code.StartsWith("00", StringComparison.Ordinal)
        || Divisions.TryPrefix(code, out _);

    public static IRuleBuilderOptions<T, string> MustBeDivision<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(IsDivision)
            .WithMessage("'{PropertyName}' must be a 6-digit province, city or county code, a 9-digit township or a 12-digit village code.");

    /// <summary>An absolute http or https address, as a reader would follow it.</summary>
    public static IRuleBuilderOptions<T, string> MustBeWebAddress<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(MaxUrlLength)
            .Must(link => Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
                          && TextRules.IsPrintable(link) && !link.Any(char.IsWhiteSpace))
            .WithMessage("'{PropertyName}' must be an absolute http or https address.");

    /// <summary>
    /// What a correction adds to the figures: what the corrected values count, less what the replaced ones counted,
    /// per figure, division and date. Values that count the same make no counts at all.
    /// </summary>
    public static IEnumerable<FigureCount> Recount(IEnumerable<FigureCount> replaced, IEnumerable<FigureCount> now) =>
        replaced.Select(c => c with { Amount = -c.Amount }).Concat(now)
            .GroupBy(c => (c.Figure, c.DivisionCode, c.On))
            .Select(g => new FigureCount(g.Key.Figure, g.Key.DivisionCode, g.Key.On, g.Sum(c => c.Amount)))
            .Where(c => c.Amount != 0)
            .ToList();

    public static string Unchanged(string what, string id) => $"The correction of {what} {id} repeats the values it has.";
}
