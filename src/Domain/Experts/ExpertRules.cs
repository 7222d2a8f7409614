namespace Fupin.EventSourced.Domain.Experts;

/// <summary>Input limits shared by the expert and group commands' validators.</summary>
public static class ExpertRules
{
    public const int MaxTextLength = 100;
    public const int MaxReasonLength = 500;
    public const int MaxIdLength = 64;
}
