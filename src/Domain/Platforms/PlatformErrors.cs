namespace Fupin.EventSourced.Domain.Platforms;

/// <summary>How the platform register refuses commands and reads.</summary>
public static class PlatformErrors
{
    public static readonly DomainError NotFound = new("platform.not-found", RefusalKind.NotFound, "Platform not found");
}
