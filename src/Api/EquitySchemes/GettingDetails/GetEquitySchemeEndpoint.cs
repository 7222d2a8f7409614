using System.Text.Json.Serialization;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.EquitySchemes;
using Fupin.EventSourced.Domain.EquitySchemes.Exiting;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.EquitySchemes.GettingDetails;

/// <summary>Where a member's dividend of one term year stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DividendStatus>))]
public enum DividendStatus
{
    /// <summary>Not owed: the household was not a member in that year.</summary>
    NotDue,

    /// <summary>Owed, and nothing recorded yet.</summary>
    Open,

    /// <summary>Paid.</summary>
    Paid,

    /// <summary>Recorded as missed, then paid.</summary>
    PaidLate,

    /// <summary>Recorded as missed and not paid since.</summary>
    Missed,
}

/// <summary>An equity scheme: its terms, every member with each term year's dividend, insurance and exit, and the totals.</summary>
/// <param name="Id">Server-issued id.</param>
/// <param name="Title">The scheme's name.</param>
/// <param name="DivisionCode">The county or city running it.</param>
/// <param name="Cooperative">The cooperative holding the shares.</param>
/// <param name="Partner">The partner company, if any.</param>
/// <param name="Terms">Share, dividend, insurance, term and places.</param>
/// <param name="TermLastDay">The term's last day.</param>
/// <param name="TermEndedOn">When the term was closed, once it was.</param>
/// <param name="Members">Every member in order of enrolment.</param>
/// <param name="Totals">Sums over the members, in yuan.</param>
/// <param name="Version">Stream version; also the <c>ETag</c>.</param>
public sealed record EquitySchemeView(
    string Id,
    string Title,
    string DivisionCode,
    string Cooperative,
    string? Partner,
    EquityTerms Terms,
    DateOnly TermLastDay,
    DateOnly? TermEndedOn,
    IReadOnlyList<EquityMemberView> Members,
    EquityTotalsView Totals,
    long Version);

/// <summary>One member household (its id and village; the household's personal data stays in the register).</summary>
/// <param name="HouseholdId">The household's id.</param>
/// <param name="VillageCode">Its village.</param>
/// <param name="EnrolledOn">The day its share was placed.</param>
/// <param name="Share">Its share in yuan.</param>
/// <param name="Years">Each year of the term: dividend due, paid or missed, and insurance.</param>
/// <param name="DividendsDue">Yuan owed over the term's years it was a member in.</param>
/// <param name="DividendsPaid">Yuan paid.</param>
/// <param name="Exit">How it left, once it did.</param>
public sealed record EquityMemberView(
    string HouseholdId,
    string VillageCode,
    DateOnly EnrolledOn,
    decimal Share,
    IReadOnlyList<TermYearView> Years,
    decimal DividendsDue,
    decimal DividendsPaid,
    ExitSettlement? Exit);

/// <summary>One term year of one member.</summary>
/// <param name="TermYear">From 1.</param>
/// <param name="From">First day of the term year.</param>
/// <param name="Until">Last day, when the dividend falls due.</param>
/// <param name="Due">Yuan owed for the year (0 when not a member then).</param>
/// <param name="Status">Where the dividend stands.</param>
/// <param name="Payment">The payment, if paid.</param>
/// <param name="Missed">The recorded miss and its reason, if it was missed (kept when later paid).</param>
/// <param name="Insurance">The year's accident insurance, if recorded.</param>
public sealed record TermYearView(
    int TermYear,
    DateOnly From,
    DateOnly Until,
    decimal Due,
    DividendStatus Status,
    DividendPayment? Payment,
    MissedDividend? Missed,
    InsurancePolicy? Insurance);

/// <summary>Sums over every member, in yuan.</summary>
/// <param name="Members">Households enrolled.</param>
/// <param name="SharesPlaced">Shares placed with the cooperative.</param>
/// <param name="DividendsDue">Dividends owed over the term.</param>
/// <param name="DividendsPaid">Dividends paid.</param>
/// <param name="DividendsMissed">Dividends recorded as missed and not paid since.</param>
/// <param name="InsurancePremiums">Premiums recorded.</param>
/// <param name="Refunded">Shares refunded at exit.</param>
/// <param name="ExitedWithAnimals">Members who took the animals.</param>
/// <param name="Continuing">Members who have not exited.</param>
public sealed record EquityTotalsView(
    int Members,
    decimal SharesPlaced,
    decimal DividendsDue,
    decimal DividendsPaid,
    decimal DividendsMissed,
    decimal InsurancePremiums,
    decimal Refunded,
    int ExitedWithAnimals,
    int Continuing);

public static class GetEquitySchemeEndpoint
{
    /// <summary>Reads an equity scheme: its members with the dividends due and paid per term year, the missed ones, insurance and settlements.</summary>
    /// <param name="schemeId">The scheme's id.</param>
    /// <response code="200">The scheme; <c>ETag</c> carries its version for If-Match.</response>
    /// <response code="404">No scheme with this id.</response>
    [WolverineGet("/api/equity-schemes/{schemeId}", Name = "GetEquityScheme")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<EquitySchemeView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<EquitySchemeView> Get(string schemeId, IQuerySession session, HttpResponse response)
    {
        var scheme = await session.LoadAsync<EquityScheme>(schemeId) ?? throw EquityScheme.NotFound(schemeId);
        response.Headers.ETag = ExpectedVersion.ETag(scheme.Version);
        return View(scheme);
    }

    public static EquitySchemeView View(EquityScheme scheme)
    {
        var members = scheme.Members.Select(member => Member(scheme, member)).ToList();
        var totals = new EquityTotalsView(
            members.Count,
            scheme.Members.Sum(m => m.Share),
            members.Sum(m => m.DividendsDue),
            members.Sum(m => m.DividendsPaid),
            members.SelectMany(m => m.Years).Where(y => y.Status == DividendStatus.Missed).Sum(y => y.Due),
            scheme.Members.SelectMany(m => m.Insurance).Sum(p => p.Premium),
            scheme.Members.Sum(m => m.Exit?.RefundAmount ?? 0m),
            scheme.Members.Count(m => m.Exit?.Settlement == ExitSettlementKind.AnimalsTaken),
            scheme.Members.Count(m => m.Exit is null));
        return new EquitySchemeView(scheme.Id, scheme.Title, scheme.DivisionCode, scheme.Cooperative, scheme.Partner, scheme.Terms,
            scheme.LastDay, scheme.TermEndedOn, members, totals, scheme.Version);
    }

    private static EquityMemberView Member(EquityScheme scheme, EquityMember member)
    {
        var years = Enumerable.Range(1, scheme.Terms.TermYears).Select(year =>
        {
            var due = scheme.IsDue(member, year);
            var payment = member.PaymentFor(year);
            var missed = member.MissFor(year);
            var status = (due, payment, missed) switch
            {
                (_, not null, not null) => DividendStatus.PaidLate,
                (_, not null, null) => DividendStatus.Paid,
                (_, null, not null) => DividendStatus.Missed,
                (true, null, null) => DividendStatus.Open,
                (false, null, null) => DividendStatus.NotDue,
            };
            return new TermYearView(year, scheme.YearStarts(year), scheme.YearEnds(year), due ? scheme.Terms.YearlyDividend : 0m, status,
                payment, missed, member.Insurance.FirstOrDefault(p => p.TermYear == year));
        }).ToList();
        return new EquityMemberView(member.HouseholdId, member.VillageCode, member.EnrolledOn, member.Share, years,
            years.Sum(y => y.Due), member.Payments.Sum(p => p.Amount), member.Exit);
    }
}
