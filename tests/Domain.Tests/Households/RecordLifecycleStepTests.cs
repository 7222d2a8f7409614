using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Lifecycle;
using static Fupin.EventSourced.Domain.Tests.Households.Given;

namespace Fupin.EventSourced.Domain.Tests.Households;

public class RecordLifecycleStepTests
{
    private const int Week = RecordLifecycleStep.DefaultMinimumNoticeDays;
    private static readonly DateOnly Today = Day(2024, 6, 30);
    private static readonly DateOnly On = Day(2019, 5, 1);

    /// <summary>Every (status × step) pair the enums allow, each with what the transition table says about it.</summary>
    public static TheoryData<HouseholdStatus, LifecycleStep> AllowedPairs() => Pairs(allowed: true);

    public static TheoryData<HouseholdStatus, LifecycleStep> RefusedPairs() => Pairs(allowed: false);

    [Fact]
    public void The_allowed_and_refused_pairs_together_are_every_status_times_every_step()
    {
        var all = Enum.GetValues<HouseholdStatus>().Length * Enum.GetValues<LifecycleStep>().Length;

        (AllowedPairs().Count + RefusedPairs().Count).Should().Be(all);
        AllowedPairs().Count.Should().Be(HouseholdLifecycle.Transitions.Count);
    }

    [Theory]
    [MemberData(nameof(AllowedPairs))]
    public void An_allowed_step_changes_the_status_from_the_current_one_to_the_one_the_table_names(HouseholdStatus status, LifecycleStep step)
    {
        var changed = RecordLifecycleStep.Decide(Command(step), HouseholdIn(status), Week, Today);

        changed.Should().Be(new HouseholdStatusChanged(HouseholdId, Village, step, status, HouseholdLifecycle.Transitions[(status, step)], On,
            "注滋口镇〔2019〕12号", step == LifecycleStep.MarkExited ? On.Year : null));
    }

    [Theory]
    [MemberData(nameof(RefusedPairs))]
    public void A_step_the_table_does_not_allow_is_refused_naming_the_current_state(HouseholdStatus status, LifecycleStep step)
    {
        var refusal = Decide(HouseholdIn(status), Command(step)).Should().Throw<DomainException>().Which;

        refusal.Error.Should().Be(HouseholdErrors.StepNotAllowed);
        refusal.Message.Should().Contain($"is {status};").And.Contain(step.ToString());
    }

    [Fact]
    public void A_refusal_lists_the_steps_the_current_state_allows()
    {
        Decide(HouseholdIn(HouseholdStatus.PublicNotice), Command(LifecycleStep.MarkExited))
            .Should().Throw<DomainException>().WithMessage("*(allowed: RecordObjection, ApproveExit).");
    }

    [Fact]
    public void A_released_household_allows_no_step_and_says_so()
    {
        Decide(HouseholdIn(HouseholdStatus.Released), Command(LifecycleStep.ProposeExit))
            .Should().Throw<DomainException>().WithMessage("*is Released;*(no step is).");
    }

    [Fact]
    public void A_registered_household_goes_through_proposal_review_notice_approval_to_exited()
    {
        var household = RegisteredHousehold();
        var path = new (LifecycleStep Step, DateOnly On, HouseholdStatus To)[]
        {
            (LifecycleStep.ProposeExit, Day(2019, 3, 1), HouseholdStatus.ProposedForExit),
            (LifecycleStep.PassVillageReview, Day(2019, 3, 10), HouseholdStatus.VillageReviewPassed),
            (LifecycleStep.StartPublicNotice, Day(2019, 3, 15), HouseholdStatus.PublicNotice),
            (LifecycleStep.ApproveExit, Day(2019, 3, 22), HouseholdStatus.CountyApproved),
            (LifecycleStep.MarkExited, Day(2019, 3, 30), HouseholdStatus.Exited),
        };

        foreach (var (step, on, to) in path)
        {
            var changed = RecordLifecycleStep.Decide(new RecordLifecycleStep(step, on, "doc"), household, Week, Today);
            changed.From.Should().Be(household.Status);
            changed.To.Should().Be(to);
            household = Household.Evolve(household, changed);
        }

        household.Status.Should().Be(HouseholdStatus.Exited);
        household.StatusSince.Should().Be(Day(2019, 3, 30));
        household.NoticeStartedOn.Should().Be(Day(2019, 3, 15));
        household.ExitYear.Should().Be(2019);
    }

    [Fact]
    public void An_objection_during_the_notice_sends_the_proposal_back_and_a_new_notice_starts_the_minimum_afresh()
    {
        var household = InNotice(Day(2019, 3, 15));

        household = Household.Evolve(household, RecordLifecycleStep.Decide(
            new RecordLifecycleStep(LifecycleStep.RecordObjection, Day(2019, 3, 18), "objection"), household, Week, Today));
        household.Status.Should().Be(HouseholdStatus.ProposedForExit);

        household = Household.Evolve(household, RecordLifecycleStep.Decide(
            new RecordLifecycleStep(LifecycleStep.PassVillageReview, Day(2019, 4, 1), "review"), household, Week, Today));
        household = Household.Evolve(household, RecordLifecycleStep.Decide(
            new RecordLifecycleStep(LifecycleStep.StartPublicNotice, Day(2019, 4, 2), "notice"), household, Week, Today));

        household.NoticeStartedOn.Should().Be(Day(2019, 4, 2));
        Decide(household, new RecordLifecycleStep(LifecycleStep.ApproveExit, Day(2019, 4, 8), "approve"))
            .Should().Throw<DomainException>().Which.Error.Should().Be(HouseholdErrors.NoticeTooShort);
        Decide(household, new RecordLifecycleStep(LifecycleStep.ApproveExit, Day(2019, 4, 9), "approve")).Should().NotThrow();
    }

    [Fact]
    public void A_household_that_returned_to_poverty_may_be_proposed_for_exit_again()
    {
        var household = Exited();

        household = Household.Evolve(household, RecordLifecycleStep.Decide(
            new RecordLifecycleStep(LifecycleStep.RecordReturnToPoverty, Day(2020, 8, 1), "illness"), household, Week, Today));
        household.Status.Should().Be(HouseholdStatus.ReturnedToPoverty);

        var proposed = RecordLifecycleStep.Decide(new RecordLifecycleStep(LifecycleStep.ProposeExit, Day(2021, 3, 1), "again"), household, Week, Today);

        proposed.From.Should().Be(HouseholdStatus.ReturnedToPoverty);
        proposed.To.Should().Be(HouseholdStatus.ProposedForExit);
    }

    [Fact]
    public void An_exited_household_may_be_put_under_monitoring_and_released()
    {
        var household = Exited();

        household = Household.Evolve(household, RecordLifecycleStep.Decide(
            new RecordLifecycleStep(LifecycleStep.StartMonitoring, Day(2020, 1, 10), "risk"), household, Week, Today));
        household.Status.Should().Be(HouseholdStatus.UnderMonitoring);
        household = Household.Evolve(household, RecordLifecycleStep.Decide(
            new RecordLifecycleStep(LifecycleStep.ReleaseFromMonitoring, Day(2021, 1, 10), "risk gone"), household, Week, Today));

        household.Status.Should().Be(HouseholdStatus.Released);
        household.ExitYear.Should().Be(2019);
    }

    [Fact]
    public void An_edge_household_starts_under_monitoring_and_can_only_be_released()
    {
        var edge = EdgeHousehold();

        edge.Status.Should().Be(HouseholdStatus.UnderMonitoring);
        edge.StatusSince.Should().BeNull();
        Decide(edge, Command(LifecycleStep.ProposeExit)).Should().Throw<DomainException>()
            .Which.Message.Should().Contain("is UnderMonitoring;");
        RecordLifecycleStep.Decide(Command(LifecycleStep.ReleaseFromMonitoring), edge, Week, Today).To.Should().Be(HouseholdStatus.Released);
    }

    [Fact]
    public void Approval_six_days_after_the_notice_started_is_refused_as_too_short_naming_the_first_possible_day()
    {
        var household = InNotice(Day(2019, 3, 15));

        Decide(household, new RecordLifecycleStep(LifecycleStep.ApproveExit, Day(2019, 3, 21), "approve"))
            .Should().Throw<DomainException>()
            .Where(e => e.Error == HouseholdErrors.NoticeTooShort)
            .WithMessage("*started on 2019-03-15*at least 7 days*from 2019-03-22*");
    }

    [Fact]
    public void Approval_seven_days_after_the_notice_started_is_allowed()
    {
        var approved = RecordLifecycleStep.Decide(
            new RecordLifecycleStep(LifecycleStep.ApproveExit, Day(2019, 3, 22), "approve"), InNotice(Day(2019, 3, 15)), Week, Today);

        approved.To.Should().Be(HouseholdStatus.CountyApproved);
    }

    [Theory]
    [InlineData("2019-03-24", false)]
    [InlineData("2019-03-25", true)]
    public void A_configured_minimum_of_ten_days_moves_the_first_day_of_approval(string approvedOn, bool allowed)
    {
        var decide = Decide(InNotice(Day(2019, 3, 15)), new RecordLifecycleStep(LifecycleStep.ApproveExit, Day(approvedOn), "approve"),
            minimumNoticeDays: 10);

        if (allowed)
        {
            decide.Should().NotThrow();
        }
        else
        {
            decide.Should().Throw<DomainException>().Where(e => e.Error == HouseholdErrors.NoticeTooShort)
                .WithMessage("*at least 10 days*from 2019-03-25*");
        }
    }

    [Fact]
    public void A_step_dated_before_the_previous_step_is_refused()
    {
        var proposed = RegisteredHousehold(Changed(LifecycleStep.ProposeExit, HouseholdStatus.RegisteredPoor, HouseholdStatus.ProposedForExit,
            Day(2019, 3, 10)));

        Decide(proposed, new RecordLifecycleStep(LifecycleStep.PassVillageReview, Day(2019, 3, 9), "review"))
            .Should().Throw<DomainException>().Where(e => e.Error == HouseholdErrors.DateOutOfOrder)
            .WithMessage("*2019-03-09*before*2019-03-10*");
    }

    [Fact]
    public void A_step_on_the_same_day_as_the_previous_step_is_allowed()
    {
        var proposed = RegisteredHousehold(Changed(LifecycleStep.ProposeExit, HouseholdStatus.RegisteredPoor, HouseholdStatus.ProposedForExit,
            Day(2019, 3, 10)));

        Decide(proposed, new RecordLifecycleStep(LifecycleStep.PassVillageReview, Day(2019, 3, 10), "review")).Should().NotThrow();
    }

    [Fact]
    public void A_step_dated_after_today_is_refused_and_one_dated_today_is_allowed()
    {
        Decide(RegisteredHousehold(), new RecordLifecycleStep(LifecycleStep.ProposeExit, Today.AddDays(1), "tomorrow"))
            .Should().Throw<DomainException>().Where(e => e.Error == HouseholdErrors.DateOutOfOrder)
            .WithMessage("*after today (2024-06-30)*");
        Decide(RegisteredHousehold(), new RecordLifecycleStep(LifecycleStep.ProposeExit, Today, "today")).Should().NotThrow();
    }

    [Fact]
    public void The_exit_year_defaults_to_the_year_of_the_exit_date()
    {
        var exited = RecordLifecycleStep.Decide(new RecordLifecycleStep(LifecycleStep.MarkExited, Day(2020, 1, 5), "exit"), Approved(), Week, Today);

        exited.ExitYear.Should().Be(2020);
    }

    [Fact]
    public void An_exit_year_given_with_the_exit_is_kept()
    {
        var exited = RecordLifecycleStep.Decide(
            new RecordLifecycleStep(LifecycleStep.MarkExited, Day(2020, 1, 5), "exit", ExitYear: 2019), Approved(), Week, Today);

        exited.ExitYear.Should().Be(2019);
        Household.Evolve(Approved(), exited).ExitYear.Should().Be(2019);
    }

    [Fact]
    public void An_exit_counts_one_household_exited_for_its_exit_year()
    {
        var inYear = RecordLifecycleStep.Decide(new RecordLifecycleStep(LifecycleStep.MarkExited, Day(2019, 12, 20), "exit"), Approved(), Week, Today);
        var late = RecordLifecycleStep.Decide(
            new RecordLifecycleStep(LifecycleStep.MarkExited, Day(2020, 1, 5), "exit", ExitYear: 2019), Approved(), Week, Today);

        inYear.Counts().Should().Equal(new FigureCount(Figure.HouseholdsExited, Village, Day(2019, 12, 20), 1));
        late.Counts().Should().Equal(new FigureCount(Figure.HouseholdsExited, Village, Day(2019, 12, 31), 1));
    }

    [Fact]
    public void Steps_other_than_the_exit_count_nothing()
    {
        RecordLifecycleStep.Decide(Command(LifecycleStep.ProposeExit), RegisteredHousehold(), Week, Today).Counts().Should().BeEmpty();
    }

    [Fact]
    public void Steps_other_than_the_exit_carry_no_exit_year()
    {
        RecordLifecycleStep.Decide(Command(LifecycleStep.ProposeExit), RegisteredHousehold(), Week, Today).ExitYear.Should().BeNull();
    }

    [Fact]
    public void The_document_reference_is_trimmed()
    {
        RecordLifecycleStep.Decide(new RecordLifecycleStep(LifecycleStep.ProposeExit, On, "  注滋口镇〔2019〕12号 "), RegisteredHousehold(), Week, Today)
            .DocumentReference.Should().Be("注滋口镇〔2019〕12号");
    }

    [Fact]
    public void A_well_formed_step_is_valid()
    {
        Validate(new RecordLifecycleStep(LifecycleStep.MarkExited, On, "doc", ExitYear: 2019)).IsValid.Should().BeTrue();
    }

    [Fact]
    public void An_exit_year_on_another_step_is_invalid()
    {
        Validate(new RecordLifecycleStep(LifecycleStep.ProposeExit, On, "doc", ExitYear: 2019)).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(RecordLifecycleStep.ExitYear));
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void An_exit_year_outside_2000_to_2100_is_invalid(int year)
    {
        Validate(new RecordLifecycleStep(LifecycleStep.MarkExited, On, "doc", ExitYear: year)).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(RecordLifecycleStep.ExitYear));
    }

    [Fact]
    public void Every_invalid_field_is_named_at_once()
    {
        var result = Validate(new RecordLifecycleStep((LifecycleStep)99, new DateOnly(1999, 12, 31), " "));

        result.Errors.Select(e => e.PropertyName).Should().BeEquivalentTo(
            nameof(RecordLifecycleStep.Step), nameof(RecordLifecycleStep.On), nameof(RecordLifecycleStep.DocumentReference));
    }

    private static TheoryData<HouseholdStatus, LifecycleStep> Pairs(bool allowed)
    {
        var data = new TheoryData<HouseholdStatus, LifecycleStep>();
        foreach (var status in Enum.GetValues<HouseholdStatus>())
        {
            foreach (var step in Enum.GetValues<LifecycleStep>().Where(s => HouseholdLifecycle.Transitions.ContainsKey((status, s)) == allowed))
            {
                data.Add(status, step);
            }
        }

        return data;
    }

    private static RecordLifecycleStep Command(LifecycleStep step) => new(step, On, "注滋口镇〔2019〕12号");

    /// <summary>Proposed, reviewed and posted for public notice from <paramref name="noticeStartedOn"/>.</summary>
    private static Household InNotice(DateOnly noticeStartedOn) => RegisteredHousehold(
        Changed(LifecycleStep.ProposeExit, HouseholdStatus.RegisteredPoor, HouseholdStatus.ProposedForExit, noticeStartedOn.AddDays(-14)),
        Changed(LifecycleStep.PassVillageReview, HouseholdStatus.ProposedForExit, HouseholdStatus.VillageReviewPassed, noticeStartedOn.AddDays(-5)),
        Changed(LifecycleStep.StartPublicNotice, HouseholdStatus.VillageReviewPassed, HouseholdStatus.PublicNotice, noticeStartedOn));

    private static Household Approved() => Household.Evolve(InNotice(Day(2019, 12, 1)),
        Changed(LifecycleStep.ApproveExit, HouseholdStatus.PublicNotice, HouseholdStatus.CountyApproved, Day(2019, 12, 20)));

    /// <summary>Out of poverty on 30 December 2019.</summary>
    private static Household Exited() => Household.Evolve(Approved(),
        Changed(LifecycleStep.MarkExited, HouseholdStatus.CountyApproved, HouseholdStatus.Exited, Day(2019, 12, 30), exitYear: 2019));

    private static Action Decide(Household household, RecordLifecycleStep command, int minimumNoticeDays = Week) =>
        () => RecordLifecycleStep.Decide(command, household, minimumNoticeDays, Today);

    private static FluentValidation.Results.ValidationResult Validate(RecordLifecycleStep command) =>
        new RecordLifecycleStepValidator().Validate(command);
}
