using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.Experts.CorrectingDetails;

/// <summary>
/// Correct an expert's recorded details. Send only the fields to change; the earlier values stay in the expert's
/// history. The registry's division is not a detail: an expert kept elsewhere is registered there anew.
/// </summary>
/// <param name="Reason">Why, e.g. <c>typo in the 2018 list</c>; kept for auditors.</param>
/// <param name="Name">Corrected full name.</param>
/// <param name="Organisation">Corrected employer.</param>
/// <param name="Title">Corrected professional title.</param>
/// <param name="Specialty">Corrected field.</param>
/// <param name="Phone">Corrected mobile number.</param>
/// <param name="RegisteredOn">Corrected registration date; not after the day the expert joined their group.</param>
public sealed record CorrectExpertDetails(
    string Reason,
    string? Name = null,
    string? Organisation = null,
    string? Title = null,
    Specialty? Specialty = null,
    string? Phone = null,
    DateOnly? RegisteredOn = null)
{
    public static ExpertDetailsCorrected Decide(CorrectExpertDetails command, Expert expert)
    {
        var registeredOn = Changed(command.RegisteredOn, expert.RegisteredOn);
        var corrected = new ExpertDetailsCorrected(
            expert.Id,
            expert.DivisionCode,
            Changed(command.Name?.Trim(), expert.Name),
            Changed(command.Organisation?.Trim(), expert.Organisation),
            Changed(command.Title?.Trim(), expert.Title),
            Changed(command.Specialty, expert.Specialty),
            Changed(command.Phone, expert.Phone),
            registeredOn,
            registeredOn is null ? null : expert.RegisteredOn,
            command.Reason.Trim());
        if (corrected is { Name: null, Organisation: null, Title: null, Specialty: null, Phone: null, RegisteredOn: null })
        {
            throw ExpertErrors.DetailsUnchanged.Because("The correction changes none of the expert's details.");
        }

        if (registeredOn is { } moved && expert.FirstJoinedGroupOn is { } joined && moved > joined)
        {
            throw ExpertErrors.DateOutOfOrder.Because(
                $"The expert joined a professional group on {joined:yyyy-MM-dd}, before the corrected registration date {moved:yyyy-MM-dd}.");
        }

        return corrected;
    }

    private static TValue? Changed<TValue>(TValue? given, TValue current) where TValue : class =>
        given is null || given.Equals(current) ? null : given;

    private static TValue? Changed<TValue>(TValue? given, TValue current) where TValue : struct =>
        given is null || given.Value.Equals(current) ? null : given;
}

/// <summary>
/// Some of an expert's details were corrected; fields that did not change are null. A moved registration date
/// carries the date it replaces, so the expert moves from the old date's year to the new one's in the figures.
/// </summary>
public sealed record ExpertDetailsCorrected(
    string ExpertId,
    string DivisionCode,
    string? Name,
    string? Organisation,
    string? Title,
    Specialty? Specialty,
    string? Phone,
    DateOnly? RegisteredOn,
    DateOnly? ReplacedRegisteredOn,
    string Reason) : IEventOf<Expert>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() =>
        RegisteredOn is { } now && ReplacedRegisteredOn is { } before
            ? [new(Figure.ExpertsRegistered, DivisionCode, before, -1), new(Figure.ExpertsRegistered, DivisionCode, now, 1)]
            : [];
}

public sealed class CorrectExpertDetailsValidator : AbstractValidator<CorrectExpertDetails>
{
    public CorrectExpertDetailsValidator()
    {
        RuleFor(x => x.Reason).MustBeText(ExpertRules.MaxReasonLength);
        RuleFor(x => x.Name!).MustBeText(ExpertRules.MaxTextLength).When(x => x.Name is not null);
        RuleFor(x => x.Organisation!).MustBeText(ExpertRules.MaxTextLength).When(x => x.Organisation is not null);
        RuleFor(x => x.Title!).MustBeText(ExpertRules.MaxTextLength).When(x => x.Title is not null);
        RuleFor(x => x.Specialty).IsInEnum();
        RuleFor(x => x.Phone!).MustBeMobilePhone().When(x => x.Phone is not null);
        RuleFor(x => x.RegisteredOn!.Value).MustBeBusinessDate().When(x => x.RegisteredOn is not null)
            .OverridePropertyName(nameof(CorrectExpertDetails.RegisteredOn));
    }
}
