using FluentValidation;

namespace Fupin.EventSourced.Domain.Households.Erasing;

/// <summary>
/// Erase a person's personal data (PIPL): their key is destroyed, so every sealed copy of their name, identity
/// number and phone becomes unreadable for good. Counts and money figures stay as they were; no event is changed.
/// </summary>
/// <param name="Reason">Why, e.g. the request's reference; kept for auditors.</param>
public sealed record ErasePersonalData(string Reason)
{
    public static PersonalDataErased Decide(ErasePersonalData command, Household household, string personId)
    {
        if (household.People.All(p => p.PersonId != personId))
        {
            throw HouseholdErrors.PersonNotFound.Because($"Household {household.Id} has no person {personId}.");
        }

        if (household.ErasedPersons.Contains(personId))
        {
            throw HouseholdErrors.PersonAlreadyErased.Because($"The personal data of {personId} is already erased.");
        }

        return new PersonalDataErased(household.Id, personId, command.Reason.Trim());
    }
}

/// <summary>A person's key was destroyed; their sealed values can no longer be read.</summary>
public sealed record PersonalDataErased(string HouseholdId, string PersonId, string Reason) : IEventOf<Household>;

public sealed class ErasePersonalDataValidator : AbstractValidator<ErasePersonalData>
{
    public ErasePersonalDataValidator() => RuleFor(x => x.Reason).MustBeText(HouseholdRules.MaxTextLength);
}
