namespace Fupin.EventSourced.Domain.Parks;

/// <summary>How the park register refuses commands and reads.</summary>
public static class ParkErrors
{
    public static readonly DomainError NotFound = new("park.not-found", RefusalKind.NotFound, "Park not found");

    public static readonly DomainError AlreadyPaired = new("park.already-paired", RefusalKind.Conflict, "Village already paired with the park");

    public static readonly DomainError AlreadyRadiating =
        new("park.already-radiating", RefusalKind.Conflict, "Park already radiates to the village");
}
