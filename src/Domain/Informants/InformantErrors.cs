namespace Fupin.EventSourced.Domain.Informants;

/// <summary>How the informant register refuses commands and reads.</summary>
public static class InformantErrors
{
    public static readonly DomainError NotFound = new("informant.not-found", RefusalKind.NotFound, "Informant not found");
}
