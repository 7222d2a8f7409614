using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Households;

namespace Fupin.EventSourced.Domain.EquitySchemes.Enrolling;

/// <summary>Enrol a registered household in the scheme: its share is placed with the cooperative from <paramref name="EnrolledOn"/>.</summary>
/// <param name="HouseholdId">The registered household's id.</param>
/// <param name="EnrolledOn">The day the household's share was placed (the agreement's date).</param>
public sealed record EnrolHousehold(string HouseholdId, DateOnly EnrolledOn)
{
    /// <summary>
    /// Decides on the scheme and the household together: the household must be registered (the door refuses an
    /// unknown one before this runs) and live in the scheme's division; the scheme must have a place and its term
    /// must not be over. The household's stream is only read: enrolment is the scheme's fact.
    /// </summary>
    public static HouseholdEnrolled Decide(EnrolHousehold command, EquityScheme scheme, Household household)
    {
        if (scheme.TermEndedOn is { } ended)
        {
            throw EquitySchemeErrors.TermEnded.Because($"The scheme's term ended on {ended:yyyy-MM-dd}; it takes no new members.");
        }

        if (!Divisions.TryPrefix(scheme.DivisionCode, out var prefix) || !household.VillageCode.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw EquitySchemeErrors.HouseholdOutsideDivision.Because(
                $"Household {household.Id} lives in village {household.VillageCode}, outside the scheme's division {scheme.DivisionCode}.");
        }

        if (scheme.FindMember(household.Id) is { } member)
        {
            throw EquitySchemeErrors.AlreadyEnrolled.Because(
                $"Household {household.Id} was enrolled on {member.EnrolledOn:yyyy-MM-dd}.");
        }

        if (scheme.Members.Count >= scheme.Terms.Places)
        {
            throw EquitySchemeErrors.SchemeFull.Because($"All {scheme.Terms.Places} places of the scheme are taken.");
        }

        if (command.EnrolledOn > scheme.LastDay)
        {
            throw EquitySchemeErrors.DateOutOfOrder.Because(
                $"The scheme's term ends on {scheme.LastDay:yyyy-MM-dd}; a household cannot join after that.");
        }

        return new HouseholdEnrolled(scheme.Id, household.Id, household.VillageCode, command.EnrolledOn, scheme.Terms.ShareAmount);
    }
}

/// <summary>A household placed its share of <paramref name="Share"/> yuan with the scheme's cooperative.</summary>
public sealed record HouseholdEnrolled(string SchemeId, string HouseholdId, string VillageCode, DateOnly EnrolledOn, decimal Share)
    : IEventOf<EquityScheme>;

public sealed class EnrolHouseholdValidator : AbstractValidator<EnrolHousehold>
{
    public EnrolHouseholdValidator()
    {
        RuleFor(x => x.HouseholdId).MustBeText(64);
        RuleFor(x => x.EnrolledOn).MustBeBusinessDate();
    }
}
