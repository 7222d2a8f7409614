namespace Fupin.EventSourced.Domain;

/// <summary>How a domain refusal reads to a client; the API's error catalogue turns each kind into one status.</summary>
public enum RefusalKind
{
    /// <summary>The thing the command addresses does not exist.</summary>
    NotFound,

    /// <summary>The command collides with the current state, e.g. registering what is already registered.</summary>
    Conflict,

    /// <summary>The command is well formed and its target exists, but a domain rule forbids it.</summary>
    RuleViolation,
}

/// <summary>
/// One way the domain refuses a command, declared once beside the aggregate it belongs to (e.g.
/// <c>EnvoyErrors</c>). The API's error catalogue lists every one of them with its status and title.
/// </summary>
/// <param name="Code">A stable, machine-readable name such as <c>village.already-registered</c>.</param>
/// <param name="Kind">Which kind of refusal it is.</param>
/// <param name="Title">A short, fixed human-readable summary.</param>
public sealed record DomainError(string Code, RefusalKind Kind, string Title)
{
    /// <summary>The refusal with what a person reading the response needs to know about this case.</summary>
    public DomainException Because(string detail) => new(this, detail);
}

/// <summary>
/// A command was understood but the domain refuses it. Decisions throw it and never talk HTTP; the API maps
/// <see cref="Error"/> to a problem document in one place.
/// </summary>
public sealed class DomainException(DomainError error, string detail) : Exception(detail)
{
    public DomainError Error { get; } = error;
}
