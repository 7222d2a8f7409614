using Fupin.EventSourced.Domain.Villages;
using Fupin.EventSourced.Domain.Villages.Registering;

namespace Fupin.EventSourced.Domain.Tests.Villages;

/// <summary>Starting states for village specs, built from the events that make them.</summary>
internal static class Given
{
    public const string Code = "370302101001";

    public static VillageRegistered Registered(string code = Code, string name = "汀头村") =>
        new(code, name, code[..6], "淄川区", code[..9], "注滋口镇");

    public static Village RegisteredVillage(string code = Code, string name = "汀头村") =>
        Village.Evolve(null, Registered(code, name));
}
