using Fupin.EventSourced.Domain.EquitySchemes;
using Fupin.EventSourced.Domain.EquitySchemes.SettingUp;
using static Fupin.EventSourced.Domain.Tests.EquitySchemes.Given;

namespace Fupin.EventSourced.Domain.Tests.EquitySchemes;

public class SetUpEquitySchemeTests
{
    [Fact]
    public void Setting_up_starts_the_scheme_under_the_new_id_with_its_terms()
    {
        var decision = SetUpEquityScheme.Decide(SetUp with { Title = " 藏香猪企业代养分红 " }, SchemeId);

        decision.Changes.Should().ContainSingle().Which.Events.Should().Equal(SchemeSetUp);
        decision.Changes[0].StartsAs.Should().Be<EquityScheme>();
    }

    [Fact]
    public void The_term_runs_three_years_from_its_start_and_each_year_ends_the_day_before_the_next_begins()
    {
        var scheme = Scheme();

        scheme.DivisionCode.Should().Be(County);
        scheme.YearStarts(2).Should().Be(new DateOnly(2024, 1, 1));
        scheme.YearEnds(1).Should().Be(new DateOnly(2023, 12, 31));
        scheme.LastDay.Should().Be(new DateOnly(2025, 12, 31));
    }

    [Fact]
    public void The_seed_terms_are_valid()
    {
        new SetUpEquitySchemeValidator().Validate(SetUp).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Every_invalid_field_is_named_at_once()
    {
        var result = new SetUpEquitySchemeValidator().Validate(new SetUpEquityScheme("", "37", " ", "\u202E",
            new EquityTerms(0m, "", 1000.001m, -216m, 0m, 0, new DateOnly(1999, 1, 1), 0)));

        result.Errors.Select(e => e.PropertyName).Should().BeEquivalentTo(
            "Title", "DivisionCode", "Cooperative", "Partner", "Terms.ShareAmount", "Terms.SharePlacement", "Terms.YearlyDividend",
            "Terms.InsurancePremium", "Terms.InsuranceCover", "Terms.TermYears", "Terms.StartsOn", "Terms.Places");
    }
}
