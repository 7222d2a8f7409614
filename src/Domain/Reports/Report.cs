using System.Globalization;
using System.Text.Json.Serialization;
using Fupin.EventSourced.Domain.Reports.Approving;
using Fupin.EventSourced.Domain.Reports.Returning;
using Fupin.EventSourced.Domain.Reports.Submitting;
using Fupin.EventSourced.Domain.Reports.WithdrawingApproval;

namespace Fupin.EventSourced.Domain.Reports;

/// <summary>Where a county-year report stands in approval (DHIS2's data approval, county → city).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportStatus>))]
public enum ReportStatus
{
    /// <summary>Not submitted, returned, or its approval withdrawn: the county may submit.</summary>
    Open,
    Submitted,
    Approved,
}

/// <summary>
/// A county's report of its figures for one year, and its approval. The submitted document (canonical JSON) is
/// carried in the submission event itself, with its SHA-256 and the event sequence it was computed through, so an
/// approved report is reproduced byte for byte from the event log however many events arrive later, and through
/// any projection rebuild. Stream keyed <c>report:{county}:{year}</c>; it belongs to the county.
/// </summary>
public sealed record Report : IStreamState<Report>
{
    public required string Id { get; init; }
    public required string DivisionCode { get; init; }
    public int Year { get; init; }
    public ReportStatus Status { get; init; }

    /// <summary>The latest submission; kept while the report is approved, and after a return for the record.</summary>
    public ReportSubmitted? Submission { get; init; }

    /// <summary>The approval in force, if any.</summary>
    public ReportApproved? Approval { get; init; }

    public long Version { get; init; }

    public static string Key(string countyCode, int year) => $"report:{countyCode}:{year.ToString(CultureInfo.InvariantCulture)}";

    public static Report Evolve(Report? report, object @event) => @event switch
    {
        ReportSubmitted e => (report ?? new Report { Id = Key(e.CountyCode, e.Year), DivisionCode = e.CountyCode, Year = e.Year })
            with { Status = ReportStatus.Submitted, Submission = e },
        ReportApproved e => StreamStates.Started(report, e) with { Status = ReportStatus.Approved, Approval = e },
        ReportReturned e => StreamStates.Started(report, e) with { Status = ReportStatus.Open },
        ApprovalWithdrawn e => StreamStates.Started(report, e) with { Status = ReportStatus.Open, Approval = null },
        _ => throw StreamStates.Unexpected(report, @event),
    };

    public static DomainException NotFound(string id) => ReportErrors.NotFound.Because($"No report {id} was submitted.");
}
