using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Indicators;
using Fupin.EventSourced.Domain.Indicators.Defining;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Indicators.Defining;

public static class DefineIndicatorEndpoint
{
    /// <summary>Defines an indicator: names, unit, measure, direction and what it counts (admin).</summary>
    /// <remarks>Starts the indicator's stream, keyed by its code, with <c>IndicatorDefined</c>.</remarks>
    /// <response code="201">Defined; <c>Location</c> names the indicator.</response>
    /// <response code="400">A field is missing or invalid.</response>
    /// <response code="409">An indicator with this code is already defined.</response>
    [WolverinePost("/api/indicators", Name = "DefineIndicator")]
    [Authorize(Policy = Policies.Administer)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public static Task<IResult> Post(DefineIndicator command, CommandContext context, EventStreams streams) =>
        streams.Decide(Read.Maybe<Indicator>(command.Code), existing => DefineIndicator.Decide(command, existing), context,
            AnswerWith.Created(command.Code, $"/api/indicators/{command.Code}"));
}
