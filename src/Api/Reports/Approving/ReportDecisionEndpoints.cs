using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Reports;
using Fupin.EventSourced.Domain.Reports.Approving;
using Fupin.EventSourced.Domain.Reports.Returning;
using Fupin.EventSourced.Domain.Reports.WithdrawingApproval;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Reports.Approving;

public static class ReportDecisionEndpoints
{
    /// <summary>Approves a submitted county report (admin): the county-year is locked until the approval is withdrawn.</summary>
    /// <remarks>Appends <c>ReportApproved</c> with the document's hash and the event sequence it was computed through. The approver must not be its submitter.</remarks>
    /// <param name="countyCode">The county's 6-digit code.</param>
    /// <param name="year">The year reported.</param>
    /// <response code="200">Approved.</response>
    /// <response code="404">No report was submitted.</response>
    /// <response code="409">The submitted document is not the one with this hash.</response>
    /// <response code="422">The report is not awaiting approval, or the approver submitted it.</response>
    [WolverinePost("/api/reports/{countyCode}/years/{year}/approval", Name = "ApproveReport")]
    [Authorize(Policy = Policies.Administer)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Approve(string countyCode, string year, ApproveReport command, CommandContext context, EventStreams streams)
    {
        var key = Report.Key(ReportRoute.County(countyCode), ReportRoute.Year(year));
        return streams.Decide(Read.Existing<Report>(key), report => ApproveReport.Decide(command, report!, context.UserId), context, AnswerWith.Changed(key));
    }

    /// <summary>Returns a submitted county report to the county, with the reason (admin).</summary>
    /// <param name="countyCode">The county's 6-digit code.</param>
    /// <param name="year">The year reported.</param>
    /// <response code="200">Returned; the county may submit again.</response>
    /// <response code="404">No report was submitted.</response>
    /// <response code="422">The report is not awaiting approval, or the caller submitted it.</response>
    [WolverinePost("/api/reports/{countyCode}/years/{year}/return", Name = "ReturnReport")]
    [Authorize(Policy = Policies.Administer)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Return(string countyCode, string year, ReturnReport command, CommandContext context, EventStreams streams)
    {
        var key = Report.Key(ReportRoute.County(countyCode), ReportRoute.Year(year));
        return streams.Decide(Read.Existing<Report>(key), report => ReturnReport.Decide(command, report!, context.UserId), context, AnswerWith.Changed(key));
    }

    /// <summary>Withdraws a report's approval, with the reason (admin); the approved document stays in the history.</summary>
    /// <param name="countyCode">The county's 6-digit code.</param>
    /// <param name="year">The year reported.</param>
    /// <response code="200">Withdrawn; the county may submit again.</response>
    /// <response code="404">No report, or it is not approved.</response>
    /// <response code="422">The caller submitted the report.</response>
    [WolverinePost("/api/reports/{countyCode}/years/{year}/approval-withdrawal", Name = "WithdrawApproval")]
    [Authorize(Policy = Policies.Administer)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Withdraw(string countyCode, string year, WithdrawApproval command, CommandContext context, EventStreams streams)
    {
        var key = Report.Key(ReportRoute.County(countyCode), ReportRoute.Year(year));
        return streams.Decide(Read.Existing<Report>(key), report => WithdrawApproval.Decide(command, report!, context.UserId), context, AnswerWith.Changed(key));
    }
}
