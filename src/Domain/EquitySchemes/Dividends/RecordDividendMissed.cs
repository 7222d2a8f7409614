using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;

namespace Fupin.EventSourced.Domain.EquitySchemes.Dividends;

/// <summary>
/// Record that a member's dividend of one term year was not paid when due, and why: a missed dividend stays
/// visible in the scheme's view (and a later payment is shown as late), instead of being a silent gap.
/// </summary>
/// <param name="HouseholdId">The member household.</param>
/// <param name="TermYear">Which year of the term, from 1.</param>
/// <param name="On">The business date the miss is recorded for: on or after the year's last day, when the dividend fell due.</param>
/// <param name="Reason">Why it was not paid, e.g. <c>合作社猪瘟损失,延期支付</c>.</param>
public sealed record RecordDividendMissed(string HouseholdId, int TermYear, DateOnly On, string Reason)
{
    public static DividendMissed Decide(RecordDividendMissed command, EquityScheme scheme)
    {
        var member = Dividend.DueTo(scheme, command.HouseholdId, command.TermYear);
        if (member.PaymentFor(command.TermYear) is { } paid)
        {
            throw EquitySchemeErrors.DividendAlreadyPaid.Because(
                $"The dividend of term year {command.TermYear} was paid to household {member.HouseholdId} on {paid.PaidOn:yyyy-MM-dd}.");
        }

        if (member.MissFor(command.TermYear) is { } missed)
        {
            throw EquitySchemeErrors.DividendAlreadyMissed.Because(
                $"The dividend of term year {command.TermYear} was recorded as missed on {missed.On:yyyy-MM-dd}: {missed.Reason}");
        }

        if (command.On < scheme.YearEnds(command.TermYear))
        {
            throw EquitySchemeErrors.DateOutOfOrder.Because(
                $"The dividend of term year {command.TermYear} falls due on {scheme.YearEnds(command.TermYear):yyyy-MM-dd}; it cannot be missed before.");
        }

        return new DividendMissed(scheme.Id, member.HouseholdId, command.TermYear, command.On, command.Reason.Trim());
    }
}

/// <summary>A member's dividend of <paramref name="TermYear"/> was not paid when due.</summary>
public sealed record DividendMissed(string SchemeId, string HouseholdId, int TermYear, DateOnly On, string Reason) : IEventOf<EquityScheme>;

public sealed class RecordDividendMissedValidator : AbstractValidator<RecordDividendMissed>
{
    public RecordDividendMissedValidator()
    {
        RuleFor(x => x.HouseholdId).MustBeText(64);
        RuleFor(x => x.TermYear).InclusiveBetween(1, EquitySchemeRules.MaxTermYears);
        RuleFor(x => x.On).MustBeBusinessDate();
        RuleFor(x => x.Reason).MustBeText(EquitySchemeRules.MaxReasonLength);
    }
}
