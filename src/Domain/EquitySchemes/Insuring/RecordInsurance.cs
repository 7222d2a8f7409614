using FluentValidation;
using Fupin.EventSourced.Domain.EquitySchemes.Dividends;
using Fupin.EventSourced.Domain.Envoys;

namespace Fupin.EventSourced.Domain.EquitySchemes.Insuring;

/// <summary>
/// Record the accident insurance the cooperative took out for a member's head of household for one term year
/// (seed 002: premium 216 yuan, cover 200,000). The figures are recorded as insured; the view sets them beside the terms.
/// </summary>
/// <param name="HouseholdId">The member household.</param>
/// <param name="TermYear">Which year of the term the policy covers.</param>
/// <param name="Insurer">The insurance company.</param>
/// <param name="PolicyReference">The policy number.</param>
/// <param name="Premium">Premium paid, in yuan.</param>
/// <param name="Cover">Insured sum, in yuan.</param>
/// <param name="From">First day of cover.</param>
public sealed record RecordInsurance(string HouseholdId, int TermYear, string Insurer, string PolicyReference, decimal Premium, decimal Cover, DateOnly From)
{
    public static InsuranceRecorded Decide(RecordInsurance command, EquityScheme scheme)
    {
        var member = Dividend.DueTo(scheme, command.HouseholdId, command.TermYear);
        if (member.Insurance.FirstOrDefault(p => p.TermYear == command.TermYear) is { } policy)
        {
            throw EquitySchemeErrors.InsuranceAlreadyRecorded.Because(
                $"Household {member.HouseholdId} is insured for term year {command.TermYear} under policy {policy.PolicyReference}.");
        }

        return new InsuranceRecorded(scheme.Id, member.HouseholdId, command.TermYear, command.Insurer.Trim(), command.PolicyReference.Trim(),
            command.Premium, command.Cover, command.From);
    }
}

/// <summary>A member's head of household was insured for <paramref name="TermYear"/>.</summary>
public sealed record InsuranceRecorded(
    string SchemeId,
    string HouseholdId,
    int TermYear,
    string Insurer,
    string PolicyReference,
    decimal Premium,
    decimal Cover,
    DateOnly From) : IEventOf<EquityScheme>;

public sealed class RecordInsuranceValidator : AbstractValidator<RecordInsurance>
{
    public RecordInsuranceValidator()
    {
        RuleFor(x => x.HouseholdId).MustBeText(64);
        RuleFor(x => x.TermYear).InclusiveBetween(1, EquitySchemeRules.MaxTermYears);
        RuleFor(x => x.Insurer).MustBeText(EquitySchemeRules.MaxTextLength);
        RuleFor(x => x.PolicyReference).MustBeText(EquitySchemeRules.MaxTextLength);
        RuleFor(x => x.Premium).MustBeYuan();
        RuleFor(x => x.Cover).MustBeYuan();
        RuleFor(x => x.From).MustBeBusinessDate();
    }
}
