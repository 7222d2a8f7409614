namespace Fupin.EventSourced.Domain;

/// <summary>
/// A command was understood but the domain refuses it. Each kind maps to one HTTP status in the API's single
/// error map, so decisions never talk HTTP: <see cref="NotFoundException"/> is 404,
/// <see cref="ConflictException"/> is 409 and <see cref="RuleViolationException"/> is 422.
/// </summary>
/// <param name="code">A stable, machine-readable name such as <c>village.already-registered</c>.</param>
/// <param name="message">What a person reading the response needs to know.</param>
public abstract class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>The thing the command addresses does not exist.</summary>
public sealed class NotFoundException(string code, string message) : DomainException(code, message);

/// <summary>The command collides with the current state, e.g. registering what is already registered.</summary>
public sealed class ConflictException(string code, string message) : DomainException(code, message);

/// <summary>The command is well formed and its target exists, but a domain rule forbids it.</summary>
public sealed class RuleViolationException(string code, string message) : DomainException(code, message);
