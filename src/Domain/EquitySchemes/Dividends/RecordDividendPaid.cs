using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;

namespace Fupin.EventSourced.Domain.EquitySchemes.Dividends;

/// <summary>Record the fixed dividend of one term year paid to a member (a dividend recorded as missed may be paid late).</summary>
/// <param name="HouseholdId">The member household.</param>
/// <param name="TermYear">Which year of the term, from 1.</param>
/// <param name="PaidOn">The business date of the payment.</param>
/// <param name="Amount">Yuan paid; must be the scheme's fixed dividend.</param>
/// <param name="VoucherReference">The payment voucher (凭证号).</param>
public sealed record RecordDividendPaid(string HouseholdId, int TermYear, DateOnly PaidOn, decimal Amount, string VoucherReference)
{
    public static DividendPaid Decide(RecordDividendPaid command, EquityScheme scheme, string paymentId)
    {
        var member = Dividend.DueTo(scheme, command.HouseholdId, command.TermYear);
        if (member.PaymentFor(command.TermYear) is { } paid)
        {
            throw EquitySchemeErrors.DividendAlreadyPaid.Because(
                $"The dividend of term year {command.TermYear} was paid to household {member.HouseholdId} on {paid.PaidOn:yyyy-MM-dd} (payment {paid.PaymentId}).");
        }

        // Seed 002: "每年每户固定分红1000元" — a fixed dividend, so any other amount is a mistake, not a variant.
        if (command.Amount != scheme.Terms.YearlyDividend)
        {
            throw EquitySchemeErrors.DividendAmount.Because(
                $"The scheme's fixed dividend is {scheme.Terms.YearlyDividend:0.00} yuan; {command.Amount:0.00} was given.");
        }

        if (command.PaidOn < scheme.YearStarts(command.TermYear))
        {
            throw EquitySchemeErrors.DateOutOfOrder.Because(
                $"Term year {command.TermYear} starts on {scheme.YearStarts(command.TermYear):yyyy-MM-dd}; its dividend cannot be paid before.");
        }

        return new DividendPaid(scheme.Id, paymentId, member.HouseholdId, command.TermYear, command.PaidOn, command.Amount,
            command.VoucherReference.Trim(), Late: member.MissFor(command.TermYear) is not null);
    }
}

/// <summary>A member was paid the dividend of <paramref name="TermYear"/>; <paramref name="Late"/> when it had been recorded as missed.</summary>
public sealed record DividendPaid(
    string SchemeId,
    string PaymentId,
    string HouseholdId,
    int TermYear,
    DateOnly PaidOn,
    decimal Amount,
    string VoucherReference,
    bool Late) : IEventOf<EquityScheme>;

/// <summary>The checks every dividend record shares.</summary>
internal static class Dividend
{
    /// <summary>The member owed the dividend of <paramref name="year"/>, or the refusal saying why none is owed.</summary>
    public static EquityMember DueTo(EquityScheme scheme, string householdId, int year)
    {
        var member = scheme.FindMember(householdId)
                     ?? throw EquitySchemeErrors.NotAMember.Because($"Household {householdId} is not enrolled in scheme {scheme.Id}.");
        if (!scheme.IsDue(member, year))
        {
            throw EquitySchemeErrors.YearNotDue.Because(year < 1 || year > scheme.Terms.TermYears
                ? $"The scheme's term has {scheme.Terms.TermYears} years; there is no term year {year}."
                : $"Household {householdId} joined on {member.EnrolledOn:yyyy-MM-dd}" +
                  (member.Exit is { } exit ? $" and left on {exit.On:yyyy-MM-dd}" : "") +
                  $"; term year {year} runs {scheme.YearStarts(year):yyyy-MM-dd} to {scheme.YearEnds(year):yyyy-MM-dd}.");
        }

        return member;
    }
}

public sealed class RecordDividendPaidValidator : AbstractValidator<RecordDividendPaid>
{
    public RecordDividendPaidValidator()
    {
        RuleFor(x => x.HouseholdId).MustBeText(64);
        RuleFor(x => x.TermYear).InclusiveBetween(1, EquitySchemeRules.MaxTermYears);
        RuleFor(x => x.PaidOn).MustBeBusinessDate();
        RuleFor(x => x.Amount).MustBeYuan();
        RuleFor(x => x.VoucherReference).MustBeText(EquitySchemeRules.MaxTextLength);
    }
}
