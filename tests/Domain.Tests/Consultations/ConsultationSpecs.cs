using Fupin.EventSourced.Domain.Consultations;
using Fupin.EventSourced.Domain.Consultations.Answering;
using Fupin.EventSourced.Domain.Consultations.Asking;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Informants;
using Fupin.EventSourced.Domain.Informants.Registering;
using Fupin.EventSourced.Domain.Villages;
using Fupin.EventSourced.Domain.Villages.Registering;

namespace Fupin.EventSourced.Domain.Tests.Consultations;

/// <summary>Starting states for consultation specs.</summary>
internal static class Given
{
    public const string ConsultationId = "0196f1c2-7a00-7000-8000-0000000000c1";
    public const string InformantId = "0196f1c2-7a00-7000-8000-0000000000f1";
    public const string Village = "370302101001";
    public const string OtherVillage = "370302101002";

    /// <summary>10 May 2023, 09:30 in China.</summary>
    public static readonly DateTimeOffset AskedAt = new(2023, 5, 10, 9, 30, 0, TimeSpan.FromHours(8));

    public static readonly DateOnly AskedOn = new(2023, 5, 10);
    public static readonly DateTimeOffset Now = new(2023, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public static Village KeyVillage(string code = Village) =>
        Domain.Villages.Village.Evolve(null, new VillageRegistered(code, "汀头村", code[..6], "淄川区", code[..9], "注滋口镇"));

    public static Informant Informant(string village = Village, DateOnly? registeredOn = null) =>
        Domain.Informants.Informant.Evolve(null, new InformantRegistered(InformantId, village, "张三", "13912345678", registeredOn ?? new DateOnly(2023, 3, 1)));

    public static AskConsultation Ask(ConsultationChannel channel = ConsultationChannel.Online, string? informantId = null) =>
        new(Village, channel, Specialty.Vegetables, " 大棚黄瓜叶片发黄怎么办 ", AskedAt, AskedOn, informantId);

    public static ConsultationAsked Asked(ConsultationChannel channel = ConsultationChannel.Online) =>
        new(ConsultationId, Village, channel, Specialty.Vegetables, "大棚黄瓜叶片发黄怎么办", null, AskedAt, AskedOn);

    public static Consultation ConsultationFrom(params object[] events) =>
        events.Aggregate((Consultation?)null, Consultation.Evolve) ?? throw new ArgumentException("No events.", nameof(events));
}

public class AskConsultationTests
{
    private static readonly AskConsultationValidator Validator = new();

    [Fact]
    public void A_question_is_recorded_for_its_village_without_any_farmer_named()
    {
        AskConsultation.Decide(Given.Ask(), Given.ConsultationId, Given.KeyVillage(), null, Given.Now).Should().Be(Given.Asked());
    }

    [Theory]
    [InlineData(ConsultationChannel.Online, Figure.ConsultationsOnline)]
    [InlineData(ConsultationChannel.Phone, Figure.ConsultationsByPhone)]
    [InlineData(ConsultationChannel.InPerson, Figure.ConsultationsInPerson)]
    public void A_question_counts_one_consultation_and_one_of_its_channel_on_its_business_date(ConsultationChannel channel, Figure byChannel)
    {
        Given.Asked(channel).Counts().Should().Equal(
            new FigureCount(Figure.Consultations, Given.Village, Given.AskedOn, 1),
            new FigureCount(byChannel, Given.Village, Given.AskedOn, 1));
    }

    [Fact]
    public void The_state_holds_the_instant_in_utc_for_its_timestamptz_column_and_the_event_keeps_the_clients_offset()
    {
        var consultation = Given.ConsultationFrom(Given.Asked());

        consultation.AskedAt.Offset.Should().Be(TimeSpan.Zero);
        consultation.AskedAt.Should().Be(Given.AskedAt);
        Given.Asked().AskedAt.Offset.Should().Be(TimeSpan.FromHours(8));
    }

    [Fact]
    public void A_question_relayed_by_the_villages_informant_names_them()
    {
        AskConsultation.Decide(Given.Ask(informantId: Given.InformantId), Given.ConsultationId, Given.KeyVillage(), Given.Informant(), Given.Now)
            .InformantId.Should().Be(Given.InformantId);
    }

    [Fact]
    public void An_informant_of_another_village_cannot_relay_the_question()
    {
        var act = () => AskConsultation.Decide(Given.Ask(informantId: Given.InformantId), Given.ConsultationId, Given.KeyVillage(),
            Given.Informant(Given.OtherVillage), Given.Now);

        act.Should().Throw<DomainException>().Which.Error.Should().Be(ConsultationErrors.InformantElsewhere);
    }

    [Fact]
    public void An_informant_registered_after_the_question_cannot_have_relayed_it()
    {
        var act = () => AskConsultation.Decide(Given.Ask(informantId: Given.InformantId), Given.ConsultationId, Given.KeyVillage(),
            Given.Informant(registeredOn: Given.AskedOn.AddDays(1)), Given.Now);

        act.Should().Throw<DomainException>().Which.Error.Should().Be(ConsultationErrors.InformantNotYetRegistered);
    }

    [Fact]
    public void A_question_asked_after_now_is_refused_but_a_few_minutes_of_clock_drift_are_not()
    {
        var now = Given.AskedAt;
        AskConsultation.Decide(Given.Ask(), Given.ConsultationId, Given.KeyVillage(), null, now.AddMinutes(-5)).Should().NotBeNull();

        var act = () => AskConsultation.Decide(Given.Ask(), Given.ConsultationId, Given.KeyVillage(), null, now.AddMinutes(-6));

        act.Should().Throw<DomainException>().Which.Error.Should().Be(ConsultationErrors.InFuture);
    }

    [Fact]
    public void The_business_date_is_the_questions_date_in_china()
    {
        var lateEvening = new DateTimeOffset(2023, 5, 10, 17, 0, 0, TimeSpan.Zero); // 01:00 on 11 May in China

        Validator.Validate(Given.Ask() with { AskedAt = lateEvening, AskedOn = new DateOnly(2023, 5, 11) }).IsValid.Should().BeTrue();
        Validator.Validate(Given.Ask() with { AskedAt = lateEvening, AskedOn = new DateOnly(2023, 5, 10) }).Errors
            .Select(e => e.PropertyName).Should().Equal("AskedOn");
    }

    [Fact]
    public void An_invalid_question_names_each_field()
    {
        var errors = Validator.Validate(new AskConsultation("3703", (ConsultationChannel)7, (Specialty)9, " ", Given.AskedAt, Given.AskedOn, "")).Errors;

        errors.Select(e => e.PropertyName).Distinct().Should().BeEquivalentTo("VillageCode", "Channel", "Field", "Question", "InformantId");
    }
}

public class AnswerConsultationTests
{
    private static readonly AnswerConsultation Answer = new(Given.AskedAt.AddHours(5.5), " 李明 ", "山东农业大学", "控水，补施镁肥");

    [Fact]
    public void An_answer_records_the_hours_since_the_question_and_counts_them_on_its_business_date()
    {
        var answered = AnswerConsultation.Decide(Answer, Given.ConsultationFrom(Given.Asked()), Given.Now);

        answered.Should().Be(new ConsultationAnswered(Given.ConsultationId, Given.Village, Given.AskedAt.AddHours(5.5), Given.AskedOn,
            "李明", "山东农业大学", "控水，补施镁肥", 5.5m));
        answered.Counts().Should().Equal(
            new FigureCount(Figure.ConsultationsAnswered, Given.Village, Given.AskedOn, 1),
            new FigureCount(Figure.ConsultationAnswerHours, Given.Village, Given.AskedOn, 5.5m));
    }

    [Fact]
    public void Answer_hours_are_rounded_to_the_hundredth()
    {
        ConsultationRules.HoursBetween(Given.AskedAt, Given.AskedAt.AddMinutes(20)).Should().Be(0.33m);
        ConsultationRules.HoursBetween(Given.AskedAt, Given.AskedAt.AddSeconds(18)).Should().Be(0.01m);
    }

    [Fact]
    public void An_answered_consultation_holds_the_answer()
    {
        var consultation = Given.ConsultationFrom(Given.Asked(), AnswerConsultation.Decide(Answer, Given.ConsultationFrom(Given.Asked()), Given.Now));

        consultation.AnsweredAt.Should().Be(Answer.AnsweredAt);
        consultation.Answer!.AnswerHours.Should().Be(5.5m);
    }

    [Fact]
    public void A_consultation_is_answered_once()
    {
        var answered = Given.ConsultationFrom(Given.Asked(), AnswerConsultation.Decide(Answer, Given.ConsultationFrom(Given.Asked()), Given.Now));

        var act = () => AnswerConsultation.Decide(Answer, answered, Given.Now);

        act.Should().Throw<DomainException>().Which.Error.Should().Be(ConsultationErrors.AlreadyAnswered);
    }

    [Fact]
    public void An_answer_before_the_question_is_refused()
    {
        var act = () => AnswerConsultation.Decide(Answer with { AnsweredAt = Given.AskedAt.AddSeconds(-1) }, Given.ConsultationFrom(Given.Asked()), Given.Now);

        act.Should().Throw<DomainException>().Which.Error.Should().Be(ConsultationErrors.AnswerBeforeQuestion);
    }

    [Fact]
    public void An_answer_after_now_is_refused()
    {
        var act = () => AnswerConsultation.Decide(Answer, Given.ConsultationFrom(Given.Asked()), Given.AskedAt.AddHours(5));

        act.Should().Throw<DomainException>().Which.Error.Should().Be(ConsultationErrors.InFuture);
    }

    [Fact]
    public void An_answer_at_the_instant_of_the_question_takes_no_hours()
    {
        AnswerConsultation.Decide(Answer with { AnsweredAt = Given.AskedAt }, Given.ConsultationFrom(Given.Asked()), Given.Now)
            .AnswerHours.Should().Be(0m);
    }

    [Fact]
    public void An_invalid_answer_names_each_field()
    {
        var errors = new AnswerConsultationValidator().Validate(new AnswerConsultation(new DateTimeOffset(1999, 1, 1, 0, 0, 0, TimeSpan.Zero), "", " ", "")).Errors;

        errors.Select(e => e.PropertyName).Distinct().Should().BeEquivalentTo("AnsweredAt", "ExpertName", "ExpertOrganisation", "Answer");
    }
}
