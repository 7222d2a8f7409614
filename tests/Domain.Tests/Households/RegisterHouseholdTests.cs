using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Registering;
using static Fupin.EventSourced.Domain.Tests.Households.Given;

namespace Fupin.EventSourced.Domain.Tests.Households;

public class RegisterHouseholdTests
{
    private static readonly RegisterHousehold Command = new(Village,
        new HeadOfHousehold("张三", HeadIdentityNumber, "13912345678"),
        [new HouseholdMember("李四", Relation.Spouse, MemberIdentityNumber, 1982)],
        [PovertyCause.Illness],
        RegistrationYear);

    [Fact]
    public void Given_an_unclaimed_head_when_registering_then_the_household_starts_and_the_head_identity_is_claimed_for_it()
    {
        var decision = RegisterHousehold.Decide(Registration(), claimed: null, RegisteredVillage(), HouseholdId);

        decision.Changes.Should().HaveCount(2);
        var household = decision.Changes[0];
        household.StreamId.Should().Be(HouseholdId);
        household.StartsAs.Should().Be<Household>();
        household.Events.Should().ContainSingle().Which.Should().BeEquivalentTo(Registered(), o => o.RespectingRuntimeTypes());
        var identity = decision.Changes[1];
        identity.StreamId.Should().Be(HeadIdentity.StreamId(HeadLookup)).And.Be("head-identity-" + HeadLookup);
        identity.Events.Should().Equal(new HeadIdentityClaimed(HeadLookup, HouseholdId));
    }

    [Fact]
    public void Given_a_head_already_claimed_by_a_household_when_registering_then_refused_naming_that_household()
    {
        var claimed = HeadIdentity.Evolve(null, new HeadIdentityClaimed(HeadLookup, "the-first-household"));

        var register = () => RegisterHousehold.Decide(Registration(), claimed, RegisteredVillage("370303101001"), HouseholdId);

        register.Should().Throw<DomainException>().Where(e => e.Error == HouseholdErrors.AlreadyRegistered)
            .WithMessage("*the-first-household*");
    }

    [Fact]
    public void A_claimed_head_identity_belongs_to_no_division_but_the_whole_register()
    {
        var claimed = HeadIdentity.Evolve(null, new HeadIdentityClaimed(HeadLookup, HouseholdId));

        claimed.Id.Should().Be(HeadIdentity.StreamId(HeadLookup));
        claimed.HouseholdId.Should().Be(HouseholdId);
        claimed.DivisionCode.Should().Be(Divisions.Nationwide);
    }

    [Fact]
    public void A_registered_household_belongs_to_its_village_and_stands_registered_poor_with_its_people()
    {
        var household = RegisteredHousehold();

        household.Id.Should().Be(HouseholdId);
        household.DivisionCode.Should().Be(Village);
        household.CountyCode.Should().Be("370302");
        household.Status.Should().Be(HouseholdStatus.RegisteredPoor);
        household.StatusSince.Should().BeNull();
        household.People.Should().Equal(Head, Member);
        household.Helper.Should().BeNull();
        household.ErasedPersons.Should().BeEmpty();
    }

    [Fact]
    public void A_household_event_before_the_registration_fails_loudly()
    {
        var evolve = () => Household.Evolve(null, Erased(HeadId));

        evolve.Should().Throw<InvalidOperationException>().WithMessage("*PersonalDataErased*before*");
    }

    [Fact]
    public void An_event_the_household_does_not_know_fails_loudly()
    {
        var evolve = () => Household.Evolve(RegisteredHousehold(), new { Unknown = true });

        evolve.Should().Throw<InvalidOperationException>().WithMessage("Household does not know the event*");
    }

    [Fact]
    public void A_well_formed_registration_is_valid()
    {
        Validate(Command).IsValid.Should().BeTrue();
    }

    [Fact]
    public void A_lower_case_x_check_character_is_accepted()
    {
        var endsInX = FirstWithCheckCharacterX();

        Validate(Command with { Head = Command.Head with { IdentityNumber = endsInX.ToLowerInvariant() } }).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void An_identity_number_with_a_wrong_check_character_is_invalid_without_repeating_it(int shift)
    {
        var wrong = HeadIdentityNumber[..17] + WrongCheckCharacter(HeadIdentityNumber, shift);

        var error = Validate(Command with { Head = Command.Head with { IdentityNumber = wrong } }).Errors.Should().ContainSingle().Subject;

        error.PropertyName.Should().Be("Head.IdentityNumber");
        error.ErrorMessage.Should().NotContain(wrong).And.NotContain(wrong[..17]);
    }

    [Theory]
    [InlineData("37030219800101001")]
    [InlineData("3703021980010100123")]
    [InlineData("")]
    public void An_identity_number_of_the_wrong_length_is_invalid(string value)
    {
        Validate(Command with { Head = Command.Head with { IdentityNumber = value } }).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be("Head.IdentityNumber");
    }

    [Theory]
    [InlineData("37030219801301001")]
    [InlineData("37030219800230001")]
    [InlineData("37030218991231001")]
    public void An_identity_number_with_an_impossible_birth_date_is_invalid_even_with_the_right_check_character(string first17)
    {
        Validate(Command with { Head = Command.Head with { IdentityNumber = IdentityNumber(first17) } }).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be("Head.IdentityNumber");
    }

    [Fact]
    public void A_members_invalid_identity_number_is_named_by_its_position()
    {
        var member = Command.Members[0] with { IdentityNumber = MemberIdentityNumber[..17] + WrongCheckCharacter(MemberIdentityNumber, 0) };

        Validate(Command with { Members = [member] }).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be("Members[0].IdentityNumber");
    }

    [Fact]
    public void The_same_identity_number_twice_in_one_household_is_invalid()
    {
        var twice = Command with { Members = [Command.Members[0] with { IdentityNumber = HeadIdentityNumber }] };

        var error = Validate(twice).Errors.Should().ContainSingle().Subject;

        error.PropertyName.Should().Be("members");
        error.ErrorMessage.Should().NotContain(HeadIdentityNumber);
    }

    [Fact]
    public void The_same_identity_number_differing_only_in_the_case_of_its_x_is_still_a_duplicate()
    {
        var endsInX = FirstWithCheckCharacterX();
        var command = Command with
        {
            Head = Command.Head with { IdentityNumber = endsInX },
            Members = [Command.Members[0] with { IdentityNumber = endsInX.ToLowerInvariant() }],
        };

        Validate(command).Errors.Should().ContainSingle().Which.PropertyName.Should().Be("members");
    }

    [Fact]
    public void A_household_needs_at_least_one_cause()
    {
        Validate(Command with { Causes = [] }).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(RegisterHousehold.Causes));
    }

    [Fact]
    public void A_cause_out_of_the_code_list_is_invalid()
    {
        Validate(Command with { Causes = [PovertyCause.Illness, (PovertyCause)99] }).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be("Causes[1]");
    }

    [Fact]
    public void Twenty_members_besides_the_head_are_allowed_and_twenty_one_are_not()
    {
        Validate(Command with { Members = Members(RegisterHousehold.MaxMembers) }).IsValid.Should().BeTrue();
        Validate(Command with { Members = Members(RegisterHousehold.MaxMembers + 1) }).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(RegisterHousehold.Members));
    }

    [Fact]
    public void A_household_without_a_head_or_members_list_is_invalid_without_failing()
    {
        var result = Validate(Command with { Head = null!, Members = null! });

        result.Errors.Select(e => e.PropertyName).Should().BeEquivalentTo(nameof(RegisterHousehold.Head), nameof(RegisterHousehold.Members));
    }

    [Theory]
    [InlineData("1391234567")]
    [InlineData("23912345678")]
    public void A_heads_phone_that_is_not_a_mainland_mobile_is_invalid(string phone)
    {
        Validate(Command with { Head = Command.Head with { Phone = phone } }).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be("Head.Phone");
    }

    [Fact]
    public void Every_invalid_field_is_named_at_once()
    {
        var result = Validate(new RegisterHousehold("3703021010", new HeadOfHousehold("", "123", "138", 1899),
            [new HouseholdMember(" ", (Relation)42, "456", 1850)], [], 1999, (HouseholdCategory)7));

        result.Errors.Select(e => e.PropertyName).Should().BeEquivalentTo(
            nameof(RegisterHousehold.VillageCode), "Head.Name", "Head.IdentityNumber", "Head.Phone", "Head.BirthYear",
            "Members[0].Name", "Members[0].Relation", "Members[0].IdentityNumber", "Members[0].BirthYear",
            nameof(RegisterHousehold.Causes), nameof(RegisterHousehold.RegistrationYear), nameof(RegisterHousehold.Category));
    }

    private static List<HouseholdMember> Members(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new HouseholdMember($"成员{i}", Relation.Child,
            IdentityNumber($"370302201001{i:D2}" + "001"), 2010))];

    /// <summary>A valid identity number whose check character is X.</summary>
    private static string FirstWithCheckCharacterX() => Enumerable.Range(0, 1000)
        .Select(i => "37030219800101" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))
        .Select(IdentityNumber).First(n => n[17] == 'X');

    private static char WrongCheckCharacter(string number, int shift)
    {
        const string all = "0123456789X";
        var right = all.IndexOf(number[17], StringComparison.Ordinal);
        return all[(right + 1 + shift) % all.Length];
    }

    private static FluentValidation.Results.ValidationResult Validate(RegisterHousehold command) =>
        new RegisterHouseholdValidator().Validate(command);
}
