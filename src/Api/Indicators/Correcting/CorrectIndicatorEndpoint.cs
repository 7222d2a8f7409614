using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Indicators;
using Fupin.EventSourced.Domain.Indicators.Correcting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Indicators.Correcting;

public static class CorrectIndicatorEndpoint
{
    /// <summary>Corrects an indicator's definition, with the reason (admin).</summary>
    /// <remarks>Appends <c>IndicatorCorrected</c>, which keeps the definition it replaces. Send the indicator's <c>ETag</c> in <c>If-Match</c>.</remarks>
    /// <param name="indicatorCode">The indicator's code, e.g. <c>farmers-trained</c>.</param>
    /// <param name="ifMatch">The indicator's current ETag, e.g. <c>"1"</c>.</param>
    /// <response code="200">Corrected.</response>
    /// <response code="404">No such indicator.</response>
    /// <response code="412">The indicator changed since the version in If-Match.</response>
    /// <response code="422">The correction changes nothing.</response>
    /// <response code="428">If-Match is missing.</response>
    [WolverinePost("/api/indicators/{indicatorCode}/corrections", Name = "CorrectIndicator")]
    [Authorize(Policy = Policies.Administer)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    [ProducesResponseType(StatusCodes.Status428PreconditionRequired)]
    public static Task<IResult> Post(
        string indicatorCode,
        CorrectIndicator command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(Read.Existing<Indicator>(indicatorCode, ExpectedVersion.FromIfMatch(ifMatch)),
            indicator => CorrectIndicator.Decide(command, indicator!), context, AnswerWith.Changed(indicatorCode));
}
