namespace Fupin.EventSourced.Domain.FieldWork;

/// <summary>The state of a field fact's stream: its values now and how many corrections brought them there.</summary>
/// <typeparam name="TDetails">The fact's values.</typeparam>
public interface IFieldFactState<out TDetails> : IStreamState
{
    TDetails Details { get; }

    int Corrections { get; }
}
