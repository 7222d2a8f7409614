using FluentValidation;

namespace Fupin.EventSourced.Domain.Projects;

/// <summary>
/// The heads of projects' hash chains on a date, as an auditor exports and keeps them (outside this system). A
/// later comparison recomputes each chain from the stored events up to the exported version: a chain rewritten
/// consistently from its first event on still hashes differently there.
/// </summary>
/// <param name="ExportedAt">When the export was taken.</param>
/// <param name="Format">The canonical form the hashes follow, <c>fupin-fund-chain/1</c>.</param>
/// <param name="Heads">One head per project.</param>
public sealed record ChainHeadExport(DateTimeOffset ExportedAt, string Format, IReadOnlyList<ChainHead> Heads);

/// <summary>A project's chain head: the hash of its event at <paramref name="Version"/>.</summary>
/// <param name="ProjectId">The project's id.</param>
/// <param name="DivisionCode">The project's division.</param>
/// <param name="Version">The version of the project's latest event at export.</param>
/// <param name="Hash">That event's hash, 64 lowercase hex digits.</param>
public sealed record ChainHead(string ProjectId, string DivisionCode, long Version, string Hash);

public sealed class ChainHeadExportValidator : AbstractValidator<ChainHeadExport>
{
    public const int MaxHeads = 300;

    public ChainHeadExportValidator()
    {
        RuleFor(x => x.Format).Equal(FundChain.FormatTag).WithMessage($"'{{PropertyName}}' must be {FundChain.FormatTag}.");
        RuleFor(x => x.Heads).NotNull().Must(heads => heads is null || heads.Count <= MaxHeads)
            .WithMessage($"'{{PropertyName}}' must list at most {MaxHeads} projects; compare a longer export in parts.");
        RuleForEach(x => x.Heads).NotNull().ChildRules(head =>
        {
            head.RuleFor(h => h.ProjectId).NotEmpty().MaximumLength(64).Must(id => id is null || id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
                .WithMessage("'{PropertyName}' must be a project id.");
            head.RuleFor(h => h.DivisionCode).NotNull().MaximumLength(12);
            head.RuleFor(h => h.Version).GreaterThan(0);
            head.RuleFor(h => h.Hash).NotNull().Matches("^[0-9a-f]{64}$").WithMessage("'{PropertyName}' must be 64 lowercase hex digits.");
        });
    }
}
