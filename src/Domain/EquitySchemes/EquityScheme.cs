using Fupin.EventSourced.Domain.EquitySchemes.Dividends;
using Fupin.EventSourced.Domain.EquitySchemes.EndingTerm;
using Fupin.EventSourced.Domain.EquitySchemes.Enrolling;
using Fupin.EventSourced.Domain.EquitySchemes.Exiting;
using Fupin.EventSourced.Domain.EquitySchemes.Insuring;
using Fupin.EventSourced.Domain.EquitySchemes.SettingUp;

namespace Fupin.EventSourced.Domain.EquitySchemes;

/// <summary>
/// An equity scheme (企业代养 + 贫困户分红, seed 002) as its stream has built it: registered households place a
/// share with a cooperative, which raises the animals it buys and pays each household a fixed dividend a year for
/// the term; at exit the cooperative refunds the share or the household takes the animals. One stream holds the
/// terms, every member, every dividend paid or missed, the insurance and each exit, so the rules that compare them
/// (no dividend twice, none beyond the term, the term closed only when every dividend is accounted for) decide on
/// one consistent state. The scheme belongs to the county (or city) that runs it.
/// </summary>
public sealed record EquityScheme : IStreamState<EquityScheme>
{
    public required string Id { get; init; }
    public required string Title { get; init; }

    /// <summary>The 6-digit city or county code of the division running the scheme; its members live under it.</summary>
    public required string DivisionCode { get; init; }

    public required string Cooperative { get; init; }
    public string? Partner { get; init; }
    public required EquityTerms Terms { get; init; }
    public DateOnly? TermEndedOn { get; init; }
    public IReadOnlyList<EquityMember> Members { get; init; } = [];
    public long Version { get; init; }

    /// <summary>The first day of term year <paramref name="year"/> (1 to the term's length).</summary>
    public DateOnly YearStarts(int year) => Terms.StartsOn.AddYears(year - 1);

    /// <summary>The last day of term year <paramref name="year"/>: the day its dividend falls due.</summary>
    public DateOnly YearEnds(int year) => Terms.StartsOn.AddYears(year).AddDays(-1);

    /// <summary>The term's last day.</summary>
    public DateOnly LastDay => YearEnds(Terms.TermYears);

    public EquityMember? FindMember(string householdId) => Members.FirstOrDefault(m => m.HouseholdId == householdId);

    /// <summary>
    /// Whether the member is owed the dividend of term year <paramref name="year"/>: the year lies in the term, the
    /// household had joined by its last day and had not left before it.
    /// </summary>
    public bool IsDue(EquityMember member, int year) =>
        year >= 1 && year <= Terms.TermYears
        && member.EnrolledOn <= YearEnds(year)
        && (member.Exit is not { } exit || exit.On >= YearEnds(year));

    public static EquityScheme Evolve(EquityScheme? scheme, object @event) => @event switch
    {
        EquitySchemeSetUp e => new()
        {
            Id = e.SchemeId,
            Title = e.Title,
            DivisionCode = e.DivisionCode,
            Cooperative = e.Cooperative,
            Partner = e.Partner,
            Terms = e.Terms,
        },
        HouseholdEnrolled e => StreamStates.Started(scheme, e) with
        {
            Members = [.. scheme.Members, new EquityMember(e.HouseholdId, e.VillageCode, e.EnrolledOn, e.Share)],
        },
        DividendPaid e => WithMember(StreamStates.Started(scheme, e), e.HouseholdId, m => m with
        {
            Payments = [.. m.Payments, new DividendPayment(e.PaymentId, e.TermYear, e.PaidOn, e.Amount, e.VoucherReference)],
        }),
        DividendMissed e => WithMember(StreamStates.Started(scheme, e), e.HouseholdId, m => m with
        {
            Misses = [.. m.Misses, new MissedDividend(e.TermYear, e.On, e.Reason)],
        }),
        InsuranceRecorded e => WithMember(StreamStates.Started(scheme, e), e.HouseholdId, m => m with
        {
            Insurance = [.. m.Insurance, new InsurancePolicy(e.TermYear, e.Insurer, e.PolicyReference, e.Premium, e.Cover, e.From)],
        }),
        MemberExited e => WithMember(StreamStates.Started(scheme, e), e.HouseholdId, m => m with
        {
            Exit = new ExitSettlement(e.On, e.Settlement, e.RefundAmount, e.Animals, e.Reason),
        }),
        TermEnded e => StreamStates.Started(scheme, e) with { TermEndedOn = e.On },
        _ => throw StreamStates.Unexpected(scheme, @event),
    };

    private static EquityScheme WithMember(EquityScheme scheme, string householdId, Func<EquityMember, EquityMember> change) =>
        scheme.FindMember(householdId) is not null
            ? scheme with { Members = [.. scheme.Members.Select(m => m.HouseholdId == householdId ? change(m) : m)] }
            : throw new InvalidOperationException($"Household {householdId} is not a member of equity scheme {scheme.Id}.");

    public static DomainException NotFound(string id) => EquitySchemeErrors.NotFound.Because($"No equity scheme with id {id} is set up.");
}

/// <summary>The scheme's terms as agreed with the cooperative (seed 002's figures in brackets).</summary>
/// <param name="ShareAmount">Each household's share in yuan (10,000).</param>
/// <param name="SharePlacement">What a share buys and places with the cooperative (1 头能繁母猪和 8 头 20–30 斤仔猪).</param>
/// <param name="YearlyDividend">The fixed dividend per household and term year in yuan (1,000).</param>
/// <param name="InsurancePremium">The accident insurance premium per household and year in yuan (216).</param>
/// <param name="InsuranceCover">The insured sum in yuan (200,000).</param>
/// <param name="TermYears">The term in years (3).</param>
/// <param name="StartsOn">The first day of the term.</param>
/// <param name="Places">How many households the scheme takes (8).</param>
public sealed record EquityTerms(
    decimal ShareAmount,
    string SharePlacement,
    decimal YearlyDividend,
    decimal InsurancePremium,
    decimal InsuranceCover,
    int TermYears,
    DateOnly StartsOn,
    int Places);

/// <summary>A household of the scheme: its share and everything recorded for it.</summary>
public sealed record EquityMember(string HouseholdId, string VillageCode, DateOnly EnrolledOn, decimal Share)
{
    public IReadOnlyList<DividendPayment> Payments { get; init; } = [];
    public IReadOnlyList<MissedDividend> Misses { get; init; } = [];
    public IReadOnlyList<InsurancePolicy> Insurance { get; init; } = [];
    public ExitSettlement? Exit { get; init; }

    public DividendPayment? PaymentFor(int year) => Payments.FirstOrDefault(p => p.TermYear == year);

    public MissedDividend? MissFor(int year) => Misses.FirstOrDefault(m => m.TermYear == year);
}

/// <summary>A dividend paid to a member for one term year.</summary>
public sealed record DividendPayment(string PaymentId, int TermYear, DateOnly PaidOn, decimal Amount, string VoucherReference);

/// <summary>A dividend that was not paid when due, and why.</summary>
public sealed record MissedDividend(int TermYear, DateOnly On, string Reason);

/// <summary>The accident insurance the cooperative took out for the member's head of household for one term year.</summary>
public sealed record InsurancePolicy(int TermYear, string Insurer, string PolicyReference, decimal Premium, decimal Cover, DateOnly From);

/// <summary>How a member left the scheme.</summary>
public sealed record ExitSettlement(DateOnly On, ExitSettlementKind Settlement, decimal? RefundAmount, string? Animals, string? Reason);
