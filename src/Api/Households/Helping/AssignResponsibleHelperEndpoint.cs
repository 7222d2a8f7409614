using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Helping;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Households.Helping;

public static class AssignResponsibleHelperEndpoint
{
    /// <summary>Makes an envoy of the register, or another named person, the household's responsible helper.</summary>
    /// <remarks>With an envoy, the envoy is read in the same transaction (it must exist, lie in the caller's division and not be withdrawn).</remarks>
    /// <param name="householdId">The household's id.</param>
    /// <response code="200">Assigned; <c>ETag</c> carries the household's new version.</response>
    /// <response code="404">No such household or envoy.</response>
    /// <response code="422">The envoy is withdrawn.</response>
    [WolverinePost("/api/households/{householdId}/responsible-helper", Name = "AssignResponsibleHelper")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(string householdId, AssignResponsibleHelper command, CommandContext context, EventStreams streams)
    {
        var household = Read.Existing<Household>(householdId);
        if (command.EnvoyId is not { } envoyId)
        {
            return streams.Decide(household, h => [AssignResponsibleHelper.Decide(command, h!, envoy: null)], context,
                AnswerWith.Changed(householdId));
        }

        return streams.Decide(household, Read.Existing<Envoy>(envoyId),
            (h, envoy) => Decision.Append(householdId, AssignResponsibleHelper.Decide(command, h!, envoy)), context,
            AnswerWith.Changed(householdId));
    }
}

public static class RecordHelpMeasureEndpoint
{
    /// <summary>Records a measure of help (帮扶措施) given to the household.</summary>
    /// <param name="householdId">The household's id.</param>
    /// <response code="201">Recorded; the body's id is the measure's.</response>
    /// <response code="404">No household with this id.</response>
    [WolverinePost("/api/households/{householdId}/help-measures", Name = "RecordHelpMeasure")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static Task<IResult> Post(string householdId, RecordHelpMeasure command, CommandContext context, EventStreams streams)
    {
        var measureId = NewId.Next();
        return streams.Decide(Read.Existing<Household>(householdId), h => [RecordHelpMeasure.Decide(command, h!, measureId)], context,
            AnswerWith.Created(measureId, $"/api/households/{householdId}", versionOf: householdId));
    }
}
