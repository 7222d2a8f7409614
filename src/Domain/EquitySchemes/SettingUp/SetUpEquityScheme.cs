using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;

namespace Fupin.EventSourced.Domain.EquitySchemes.SettingUp;

/// <summary>
/// Set up an equity scheme (企业代养 + 贫困户分红): households place a share with a cooperative for a term and get
/// a fixed dividend a year. The server issues the scheme's id.
/// </summary>
/// <param name="Title">What the scheme is called, e.g. <c>藏香猪企业代养分红</c>.</param>
/// <param name="DivisionCode">The 6-digit code of the county (or city) running it; its members must live under it.</param>
/// <param name="Cooperative">The cooperative the shares are placed with, e.g. <c>畜禽养殖专业合作社</c>.</param>
/// <param name="Partner">A company signing the agreement with it, if any.</param>
/// <param name="Terms">Share, dividend, insurance, term and places.</param>
public sealed record SetUpEquityScheme(string Title, string DivisionCode, string Cooperative, string? Partner, EquityTerms Terms)
{
    public static Decision Decide(SetUpEquityScheme command, string schemeId) =>
        Decision.Start<EquityScheme>(schemeId, new EquitySchemeSetUp(schemeId, command.Title.Trim(), command.DivisionCode,
            command.Cooperative.Trim(), command.Partner?.Trim(), command.Terms with { SharePlacement = command.Terms.SharePlacement.Trim() }));
}

/// <summary>An equity scheme was set up by <paramref name="DivisionCode"/> on these terms.</summary>
public sealed record EquitySchemeSetUp(
    string SchemeId,
    string Title,
    string DivisionCode,
    string Cooperative,
    string? Partner,
    EquityTerms Terms) : IEventOf<EquityScheme>;

public sealed class SetUpEquitySchemeValidator : AbstractValidator<SetUpEquityScheme>
{
    public SetUpEquitySchemeValidator()
    {
        RuleFor(x => x.Title).MustBeText(EquitySchemeRules.MaxTextLength);
        RuleFor(x => x.DivisionCode).Must(Divisions.IsCityOrCounty)
            .WithMessage("'{PropertyName}' must be the 6-digit code of a city (e.g. 370300) or county (e.g. 370302).");
        RuleFor(x => x.Cooperative).MustBeText(EquitySchemeRules.MaxTextLength);
        RuleFor(x => x.Partner!).MustBeText(EquitySchemeRules.MaxTextLength).When(x => x.Partner is not null);
        RuleFor(x => x.Terms).NotNull().ChildRules(terms =>
        {
            terms.RuleFor(t => t.ShareAmount).MustBeYuan();
            terms.RuleFor(t => t.SharePlacement).MustBeText(EquitySchemeRules.MaxTextLength);
            terms.RuleFor(t => t.YearlyDividend).MustBeYuan();
            terms.RuleFor(t => t.InsurancePremium).MustBeYuan();
            terms.RuleFor(t => t.InsuranceCover).MustBeYuan();
            terms.RuleFor(t => t.TermYears).InclusiveBetween(1, EquitySchemeRules.MaxTermYears);
            terms.RuleFor(t => t.StartsOn).MustBeBusinessDate();
            terms.RuleFor(t => t.Places).InclusiveBetween(1, EquitySchemeRules.MaxPlaces);
        });
    }
}
