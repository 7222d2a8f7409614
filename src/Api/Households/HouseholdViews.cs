using Fupin.EventSourced.Api.PersonalData;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Households;

namespace Fupin.EventSourced.Api.Households;

/// <summary>A household as a reader may see it: personal values in clear for operators, masked for everyone else.</summary>
/// <param name="Id">Server-issued id.</param>
/// <param name="VillageCode">The key village's 12-digit code.</param>
/// <param name="Category">Registered poor, or edge household.</param>
/// <param name="Head">The head of household.</param>
/// <param name="Members">The other members.</param>
/// <param name="Causes">Causes of poverty.</param>
/// <param name="RegistrationYear">Year of registration.</param>
/// <param name="Status">Where the household stands in the exit procedure.</param>
/// <param name="StatusSince">Business date of the latest step.</param>
/// <param name="NoticeStartedOn">Start of the public notice, once posted.</param>
/// <param name="ExitYear">Year out of poverty, once exited.</param>
/// <param name="Helper">The responsible helper, if any.</param>
/// <param name="HelpMeasures">How many measures of help were recorded.</param>
/// <param name="PersonalDataInClear">Whether the personal values are shown in clear (and this view was recorded).</param>
/// <param name="Version">Stream version; also the <c>ETag</c>.</param>
public sealed record HouseholdView(
    string Id,
    string VillageCode,
    HouseholdCategory Category,
    PersonView Head,
    IReadOnlyList<PersonView> Members,
    IReadOnlyList<PovertyCause> Causes,
    int RegistrationYear,
    HouseholdStatus Status,
    DateOnly? StatusSince,
    DateOnly? NoticeStartedOn,
    int? ExitYear,
    HelperView? Helper,
    int HelpMeasures,
    bool PersonalDataInClear,
    long Version)
{
    public static HouseholdView Of(Household h, PersonalDataVisibility visibility) => new(h.Id, h.VillageCode, h.Category,
        PersonView.Of(h.Head, visibility), [.. h.Members.Select(m => PersonView.Of(m, visibility))], h.Causes, h.RegistrationYear,
        h.Status, h.StatusSince, h.NoticeStartedOn, h.ExitYear, HelperView.Of(h.Helper, visibility.Full), h.HelpMeasures,
        visibility.Full, h.Version);
}

/// <summary>A person of the household; an erased person's values read <c>[已删除]</c>.</summary>
/// <param name="PersonId">The person's id (for erasure).</param>
/// <param name="Name">Name, e.g. <c>张三</c> or masked <c>张*</c>.</param>
/// <param name="IdentityNumber">Identity number, or masked <c>370302********1234</c>.</param>
/// <param name="Phone">The head's phone, or masked <c>138****1234</c>; null for members.</param>
/// <param name="Relation">Relation to the head; null for the head.</param>
/// <param name="BirthYear">Year of birth.</param>
/// <param name="Erased">Whether the person's personal data was erased.</param>
public sealed record PersonView(string PersonId, string Name, string IdentityNumber, string? Phone, Relation? Relation, int BirthYear, bool Erased)
{
    public static PersonView Of(ProtectedPerson p, PersonalDataVisibility v)
    {
        var name = v.Name(p.Name);
        return new(p.PersonId, name, v.IdentityNumber(p.IdentityNumber), p.Phone is null ? null : v.Phone(p.Phone), p.Relation, p.BirthYear,
            name == PersonalDataVisibility.Erased);
    }
}

/// <summary>The responsible helper (帮扶责任人).</summary>
/// <param name="EnvoyId">The envoy, when the helper is one.</param>
/// <param name="Name">Name.</param>
/// <param name="Unit">Work unit.</param>
/// <param name="Phone">Mobile number; masked unless the caller is an operator.</param>
/// <param name="From">First day of responsibility.</param>
/// <param name="Until">Last day, if for a term.</param>
public sealed record HelperView(string? EnvoyId, string Name, string Unit, string Phone, DateOnly From, DateOnly? Until)
{
    public static HelperView? Of(ResponsibleHelper? helper, bool full) => helper is null
        ? null
        : new(helper.EnvoyId, helper.Name, helper.Unit, full ? helper.Phone : PhoneNumbers.Mask(helper.Phone), helper.From, helper.Until);
}
