using FluentValidation;
using Fupin.EventSourced.Domain.Villages;

namespace Fupin.EventSourced.Domain.Households.Registering;

/// <summary>
/// Register a household in a registered key village. The names, identity numbers and phone are personal
/// information: the service seals them with each person's own key before anything is stored, and shows them in
/// full only to operators of the household's division.
/// </summary>
/// <param name="VillageCode">The key village's 12-digit code.</param>
/// <param name="Head">The head of household.</param>
/// <param name="Members">The other members.</param>
/// <param name="Causes">Why the household is poor, from the national code list.</param>
/// <param name="RegistrationYear">The year the household entered the register.</param>
/// <param name="Category">Registered poor (the default), or an edge household entering monitoring directly.</param>
public sealed record RegisterHousehold(
    string VillageCode,
    HeadOfHousehold Head,
    IReadOnlyList<HouseholdMember> Members,
    IReadOnlyList<PovertyCause> Causes,
    int RegistrationYear,
    HouseholdCategory Category = HouseholdCategory.RegisteredPoor)
{
    public const int MaxMembers = 20;

    /// <summary>
    /// Starts the household and claims its head's identity; refused, naming the existing household, when another
    /// household already has this head, whatever village it is in.
    /// </summary>
    public static Decision Decide(ProtectedRegistration registration, HeadIdentity? claimed, Village village, string householdId)
    {
        if (claimed is not null)
        {
            throw HouseholdErrors.AlreadyRegistered.Because(
                $"A household with this head of household is already registered: {claimed.HouseholdId}.");
        }

        return Decision.Start<Household>(householdId, new HouseholdRegistered(householdId, village.Id, registration.Category,
                registration.Head, registration.Members, registration.Causes, registration.RegistrationYear))
            .AndAppend(HeadIdentity.StreamId(registration.HeadLookup), new HeadIdentityClaimed(registration.HeadLookup, householdId));
    }
}

/// <summary>The head of household.</summary>
/// <param name="Name">Full name, e.g. <c>张三</c>.</param>
/// <param name="IdentityNumber">18-character resident identity number, with its check character.</param>
/// <param name="Phone">11-digit mobile number.</param>
/// <param name="BirthYear">Year of birth; taken from the identity number when omitted.</param>
public sealed record HeadOfHousehold(string Name, string IdentityNumber, string Phone, int? BirthYear = null);

/// <summary>A member of the household other than its head.</summary>
/// <param name="Name">Full name.</param>
/// <param name="Relation">Relation to the head.</param>
/// <param name="IdentityNumber">18-character resident identity number.</param>
/// <param name="BirthYear">Year of birth.</param>
public sealed record HouseholdMember(string Name, Relation Relation, string IdentityNumber, int BirthYear);

/// <summary>A registration as the domain sees it: personal values sealed, the head's identity as a keyed hash.</summary>
public sealed record ProtectedRegistration(
    HouseholdCategory Category,
    ProtectedPerson Head,
    IReadOnlyList<ProtectedPerson> Members,
    IReadOnlyList<PovertyCause> Causes,
    int RegistrationYear,
    string HeadLookup);

/// <summary>A household entered the register in <paramref name="VillageCode"/>.</summary>
public sealed record HouseholdRegistered(
    string HouseholdId,
    string VillageCode,
    HouseholdCategory Category,
    ProtectedPerson Head,
    IReadOnlyList<ProtectedPerson> Members,
    IReadOnlyList<PovertyCause> Causes,
    int RegistrationYear) : IEventOf<Household>;

/// <summary>A head of household's identity (as a keyed hash) now belongs to <paramref name="HouseholdId"/>.</summary>
public sealed record HeadIdentityClaimed(string IdentityLookup, string HouseholdId) : IEventOf<HeadIdentity>;

public sealed class RegisterHouseholdValidator : AbstractValidator<RegisterHousehold>
{
    public RegisterHouseholdValidator()
    {
        RuleFor(x => x.VillageCode).MustBeVillageCode();
        RuleFor(x => x.Head).NotNull().ChildRules(head =>
        {
            head.RuleFor(h => h.Name).MustBeText(HouseholdRules.MaxNameLength);
            head.RuleFor(h => h.IdentityNumber).MustBeIdentityNumber();
            head.RuleFor(h => h.Phone).Must(PhoneNumbers.IsMainlandMobile)
                .WithMessage("'{PropertyName}' must be an 11-digit mainland mobile number.");
            head.RuleFor(h => h.BirthYear!.Value).InclusiveBetween(1900, 2100).When(h => h.BirthYear is not null)
                .OverridePropertyName(nameof(HeadOfHousehold.BirthYear));
        });
        RuleFor(x => x.Members).NotNull().Must(m => m is null || m.Count <= RegisterHousehold.MaxMembers)
            .WithMessage($"A household has at most {RegisterHousehold.MaxMembers} members besides its head.");
        RuleForEach(x => x.Members).ChildRules(member =>
        {
            member.RuleFor(m => m.Name).MustBeText(HouseholdRules.MaxNameLength);
            member.RuleFor(m => m.Relation).IsInEnum();
            member.RuleFor(m => m.IdentityNumber).MustBeIdentityNumber();
            member.RuleFor(m => m.BirthYear).InclusiveBetween(1900, 2100);
        });
        RuleFor(x => x).Must(x => x.Head is null || x.Members is null || AllDifferent(x))
            .WithName("members").WithMessage("Each person's identity number must appear once in the household.");
        RuleFor(x => x.Causes).NotEmpty().WithMessage("'{PropertyName}' must name at least one cause.");
        RuleForEach(x => x.Causes).IsInEnum();
        RuleFor(x => x.RegistrationYear).InclusiveBetween(2000, 2100);
        RuleFor(x => x.Category).IsInEnum();
    }

    private static bool AllDifferent(RegisterHousehold command)
    {
        var numbers = command.Members.Select(m => m?.IdentityNumber?.ToUpperInvariant()).Append(command.Head.IdentityNumber?.ToUpperInvariant()).ToList();
        return numbers.Distinct().Count() == numbers.Count;
    }
}
