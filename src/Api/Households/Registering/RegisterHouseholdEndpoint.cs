using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.PersonalData;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Registering;
using Fupin.EventSourced.Domain.Villages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Households.Registering;

public static class RegisterHouseholdEndpoint
{
    /// <summary>Registers a household in a registered key village.</summary>
    /// <remarks>
    /// Names, identity numbers and the phone are sealed with each person's own key before anything is stored; the
    /// head's identity number is looked up by keyed hash across the whole register, so a head registered anywhere
    /// is refused with the existing household's id (also under concurrent registrations). The village is checked
    /// and the persons' keys stored in the same transaction. Send an <c>Idempotency-Key</c> to make a retry safe.
    /// </remarks>
    /// <response code="201">Registered; the body's id is the household's.</response>
    /// <response code="400">A field is missing or invalid (an identity number with a wrong check character, say).</response>
    /// <response code="404">No such village.</response>
    /// <response code="409">A household with this head is already registered; the detail names it.</response>
    [WolverinePost("/api/households", Name = "RegisterHousehold")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public static Task<IResult> Post(RegisterHousehold command, CommandContext context, EventStreams streams, PersonalDataProtector protector)
    {
        var householdId = NewId.Next();
        var head = NewId.Next();
        var members = command.Members.Select(member => (Id: NewId.Next(), Member: member)).ToList();
        var (keys, storeKeys) = protector.NewKeys([head, .. members.Select(m => m.Id)]);
        var lookup = protector.Lookup(command.Head.IdentityNumber);
        var registration = new ProtectedRegistration(
            command.Category,
            new ProtectedPerson(head, Seal(keys, head, command.Head.Name.Trim()), Seal(keys, head, IdentityNumbers.Normalize(command.Head.IdentityNumber)),
                Seal(keys, head, command.Head.Phone), null, command.Head.BirthYear ?? IdentityNumbers.BirthYear(command.Head.IdentityNumber)),
            [.. members.Select(m => new ProtectedPerson(m.Id, Seal(keys, m.Id, m.Member.Name.Trim()),
                Seal(keys, m.Id, IdentityNumbers.Normalize(m.Member.IdentityNumber)), null, m.Member.Relation, m.Member.BirthYear))],
            [.. command.Causes.Distinct()],
            command.RegistrationYear,
            lookup);

        var identity = Read.Maybe<HeadIdentity>(HeadIdentity.StreamId(lookup));
        var village = Read.Existing<Village>(command.VillageCode);
        return streams.Decide([identity, village],
            states => RegisterHousehold.Decide(registration, (HeadIdentity?)states(identity.Id), (Village)states(village.Id)!, householdId),
            context, AnswerWith.Created(householdId, $"/api/households/{householdId}"), storeKeys);
    }

    private static Sealed Seal(KeyRing keys, string personId, string value) => PersonalDataProtector.Seal(keys, personId, value);
}
