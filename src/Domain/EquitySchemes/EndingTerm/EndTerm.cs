using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;

namespace Fupin.EventSourced.Domain.EquitySchemes.EndingTerm;

/// <summary>
/// Close the scheme's term: only once it has run its years and every dividend of it is paid or recorded as missed,
/// so an auditor reading the closed scheme sees every year of every member accounted for. Members who have not
/// exited continue with the cooperative (seed 002: "贫困户可连续与公司合作").
/// </summary>
/// <param name="On">The business date of the closing: not before the term's last day.</param>
public sealed record EndTerm(DateOnly On)
{
    public static TermEnded Decide(EndTerm command, EquityScheme scheme)
    {
        if (scheme.TermEndedOn is { } ended)
        {
            throw EquitySchemeErrors.TermEnded.Because($"The scheme's term ended on {ended:yyyy-MM-dd}.");
        }

        if (command.On < scheme.LastDay)
        {
            throw EquitySchemeErrors.DateOutOfOrder.Because($"The scheme's term runs until {scheme.LastDay:yyyy-MM-dd}.");
        }

        var outstanding = (
            from member in scheme.Members
            from year in Enumerable.Range(1, scheme.Terms.TermYears)
            where scheme.IsDue(member, year) && member.PaymentFor(year) is null && member.MissFor(year) is null
            select $"{member.HouseholdId} year {year}").ToList();
        if (outstanding.Count > 0)
        {
            throw EquitySchemeErrors.DividendsOutstanding.Because(
                $"{outstanding.Count} dividend(s) neither paid nor recorded as missed: {string.Join(", ", outstanding.Take(10))}.");
        }

        return new TermEnded(scheme.Id, command.On, [.. scheme.Members.Where(m => m.Exit is null).Select(m => m.HouseholdId)]);
    }
}

/// <summary>The scheme's term was closed; <paramref name="Continuing"/> are the members who stay with the cooperative.</summary>
public sealed record TermEnded(string SchemeId, DateOnly On, IReadOnlyList<string> Continuing) : IEventOf<EquityScheme>;

public sealed class EndTermValidator : AbstractValidator<EndTerm>
{
    public EndTermValidator()
    {
        RuleFor(x => x.On).MustBeBusinessDate();
    }
}
