using System.Text.Json.Serialization;
using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;

namespace Fupin.EventSourced.Domain.EquitySchemes.Exiting;

/// <summary>How a member's share is settled at exit (seed 002: "返还每户10000元股金或贫困户领走代养的藏香猪").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExitSettlementKind>))]
public enum ExitSettlementKind
{
    /// <summary>The cooperative refunds the share in money.</summary>
    Refund,

    /// <summary>The household takes the animals the share bought.</summary>
    AnimalsTaken,
}

/// <summary>Settle a member's exit at the end of the term: the share refunded, or the animals taken.</summary>
/// <param name="HouseholdId">The member household.</param>
/// <param name="On">The day of the settlement: not before the term's last day.</param>
/// <param name="Settlement">Refund or animals taken.</param>
/// <param name="RefundAmount">With a refund: the yuan refunded, which must be the household's share.</param>
/// <param name="Animals">With animals taken: what the household took, e.g. <c>能繁母猪 1 头、仔猪 8 头</c>.</param>
/// <param name="Reason">Why the household leaves rather than continuing, if it said.</param>
public sealed record SettleExit(string HouseholdId, DateOnly On, ExitSettlementKind Settlement, decimal? RefundAmount = null, string? Animals = null, string? Reason = null)
{
    public static MemberExited Decide(SettleExit command, EquityScheme scheme)
    {
        var member = scheme.FindMember(command.HouseholdId)
                     ?? throw EquitySchemeErrors.NotAMember.Because($"Household {command.HouseholdId} is not enrolled in scheme {scheme.Id}.");
        if (member.Exit is { } exit)
        {
            throw EquitySchemeErrors.AlreadyExited.Because($"Household {member.HouseholdId} left on {exit.On:yyyy-MM-dd} ({exit.Settlement}).");
        }

        // Seed 002: the refund or the animals are the settlement "三年合同期满后", at the end of the term.
        if (command.On < scheme.LastDay)
        {
            throw EquitySchemeErrors.DateOutOfOrder.Because(
                $"The scheme's term ends on {scheme.LastDay:yyyy-MM-dd}; a member's share is settled at its end, not before.");
        }

        if (command.Settlement == ExitSettlementKind.Refund && command.RefundAmount != member.Share)
        {
            throw EquitySchemeErrors.RefundNotShare.Because(
                $"Household {member.HouseholdId}'s share is {member.Share:0.00} yuan; a refund of {command.RefundAmount:0.00} was given.");
        }

        return new MemberExited(scheme.Id, member.HouseholdId, command.On, command.Settlement,
            command.Settlement == ExitSettlementKind.Refund ? command.RefundAmount : null,
            command.Settlement == ExitSettlementKind.AnimalsTaken ? command.Animals!.Trim() : null,
            command.Reason?.Trim());
    }
}

/// <summary>A member left the scheme on <paramref name="On"/>; its share was refunded or the animals taken.</summary>
public sealed record MemberExited(
    string SchemeId,
    string HouseholdId,
    DateOnly On,
    ExitSettlementKind Settlement,
    decimal? RefundAmount,
    string? Animals,
    string? Reason) : IEventOf<EquityScheme>;

public sealed class SettleExitValidator : AbstractValidator<SettleExit>
{
    public SettleExitValidator()
    {
        RuleFor(x => x.HouseholdId).MustBeText(64);
        RuleFor(x => x.On).MustBeBusinessDate();
        RuleFor(x => x.Settlement).IsInEnum();
        RuleFor(x => x.Reason!).MustBeText(EquitySchemeRules.MaxReasonLength).When(x => x.Reason is not null);
        When(x => x.Settlement == ExitSettlementKind.Refund, () =>
        {
            RuleFor(x => x.RefundAmount).NotNull().WithMessage("A refund names the amount refunded.");
            RuleFor(x => x.RefundAmount!.Value).MustBeYuan().When(x => x.RefundAmount is not null)
                .OverridePropertyName(nameof(SettleExit.RefundAmount));
            RuleFor(x => x.Animals).Null().WithMessage("A refund takes no animals.");
        });
        When(x => x.Settlement == ExitSettlementKind.AnimalsTaken, () =>
        {
            RuleFor(x => x.Animals!).MustBeText(EquitySchemeRules.MaxTextLength);
            RuleFor(x => x.RefundAmount).Null().WithMessage("Animals taken are the settlement; no refund goes with them.");
        });
    }
}
