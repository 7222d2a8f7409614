using FluentValidation;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.Envoys.CorrectingDetails;

/// <summary>
/// Correct an envoy's recorded details. Send only the fields to change; the earlier values stay in the envoy's
/// history. The selecting division is not a detail: an envoy who moves is withdrawn and registered anew.
/// </summary>
/// <param name="Name">Corrected full name.</param>
/// <param name="Organisation">Corrected employer.</param>
/// <param name="OrganisationKind">Corrected kind of employer.</param>
/// <param name="Specialty">Corrected professional group.</param>
/// <param name="Title">Corrected professional title.</param>
/// <param name="Phone">Corrected mobile number.</param>
/// <param name="SelectedOn">Corrected selection date; not after the envoy's first assignment.</param>
/// <param name="Reason">Why, e.g. <c>typo in the 2018 list</c>; kept for auditors.</param>
public sealed record CorrectEnvoyDetails(
    string Reason,
    string? Name = null,
    string? Organisation = null,
    OrganisationKind? OrganisationKind = null,
    Specialty? Specialty = null,
    string? Title = null,
    string? Phone = null,
    DateOnly? SelectedOn = null)
{
    public static EnvoyDetailsCorrected Decide(CorrectEnvoyDetails command, Envoy envoy)
    {
        var corrected = new EnvoyDetailsCorrected(
            envoy.Id,
            Changed(command.Name?.Trim(), envoy.Name),
            Changed(command.Organisation?.Trim(), envoy.Organisation),
            Changed(command.OrganisationKind, envoy.OrganisationKind),
            Changed(command.Specialty, envoy.Specialty),
            Changed(command.Title?.Trim(), envoy.Title),
            Changed(command.Phone, envoy.Phone),
            Changed(command.SelectedOn, envoy.SelectedOn),
            command.Reason.Trim());
        if (corrected.SelectedOn is not null)
        {
            corrected = corrected with { PreviousSelectedOn = envoy.SelectedOn, DivisionCode = envoy.DivisionCode };
        }

        if (corrected with { Reason = "", PreviousSelectedOn = null, DivisionCode = null } == new EnvoyDetailsCorrected(envoy.Id, null, null, null, null, null, null, null, ""))
        {
            throw EnvoyErrors.DetailsUnchanged.Because("The correction changes none of the envoy's details.");
        }

        if (corrected.SelectedOn is { } selected && envoy.Assignments.FirstOrDefault(a => a.From < selected) is { } earlier)
        {
            throw EnvoyErrors.DateBeforeSelection.Because(
                $"The envoy already serves from {earlier.From:yyyy-MM-dd}, before the corrected selection date {selected:yyyy-MM-dd}.");
        }

        if (corrected.SelectedOn is { } moved && envoy.WithdrawnOn is { } withdrawn && moved > withdrawn)
        {
            throw EnvoyErrors.DateBeforeSelection.Because(
                $"The envoy was withdrawn on {withdrawn:yyyy-MM-dd}, before the corrected selection date {moved:yyyy-MM-dd}.");
        }

        return corrected;
    }

    private static TValue? Changed<TValue>(TValue? given, TValue current) where TValue : class =>
        given is null || given.Equals(current) ? null : given;

    private static TValue? Changed<TValue>(TValue? given, TValue current) where TValue : struct =>
        given is null || given.Value.Equals(current) ? null : given;
}

/// <summary>Some of an envoy's details were corrected; fields that did not change are null.</summary>
public sealed record EnvoyDetailsCorrected(
    string EnvoyId,
    string? Name,
    string? Organisation,
    OrganisationKind? OrganisationKind,
    Specialty? Specialty,
    string? Title,
    string? Phone,
    DateOnly? SelectedOn,
    string Reason,
    DateOnly? PreviousSelectedOn = null,
    string? DivisionCode = null) : IEventOf<Envoy>, ICountedEvent
{
    /// <summary>A moved selection date moves the envoy's count to the new date (and year).</summary>
    public IEnumerable<FigureCount> Counts() => (SelectedOn, PreviousSelectedOn, DivisionCode) is ({ } now, { } before, { } division)
        ? [new(Figure.EnvoysSelected, division, before, -1), new(Figure.EnvoysSelected, division, now, 1)]
        : [];
}

public sealed class CorrectEnvoyDetailsValidator : AbstractValidator<CorrectEnvoyDetails>
{
    public CorrectEnvoyDetailsValidator()
    {
        RuleFor(x => x.Reason).MustBeText(EnvoyRules.MaxReasonLength);
        RuleFor(x => x.Name!).MustBeText(EnvoyRules.MaxTextLength).When(x => x.Name is not null);
        RuleFor(x => x.Organisation!).MustBeText(EnvoyRules.MaxTextLength).When(x => x.Organisation is not null);
        RuleFor(x => x.OrganisationKind).IsInEnum();
        RuleFor(x => x.Specialty).IsInEnum();
        RuleFor(x => x.Title!).MustBeText(EnvoyRules.MaxTextLength).When(x => x.Title is not null);
        RuleFor(x => x.Phone!).MustBeMobilePhone().When(x => x.Phone is not null);
        RuleFor(x => x.SelectedOn!.Value).MustBeBusinessDate().When(x => x.SelectedOn is not null)
            .OverridePropertyName(nameof(CorrectEnvoyDetails.SelectedOn));
    }
}
