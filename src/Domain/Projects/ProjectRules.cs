namespace Fupin.EventSourced.Domain.Projects;

/// <summary>Input limits shared by the project and fund commands' validators.</summary>
public static class ProjectRules
{
    public const int MaxTextLength = 200;
    public const int MaxReasonLength = 500;
    public const int MaxVoucherLength = 64;
    public const int MaxVillages = 500;
    public const int MaxBudgetEntries = 200;
}
