using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Netwerkbijeenkomst.Web.MeetingRoom;
using Netwerkbijeenkomst.Web.MeetingRoom.Contract;

namespace Netwerkbijeenkomst.Web.Tests.Contract;

/// <summary>
/// Writes web/client/src/room-contract.d.ts from the C# room contract by reflection: an interface per record reached from
/// <see cref="IMeetingClient"/>, <see cref="JoinResult"/>, <see cref="RoomPage"/> and the hub's methods, a string union per enum,
/// <c>RoomClient</c> (each pushed method and its message) and <c>RoomHub</c> (each hub method's arguments and result).
/// </summary>
public static class TypeScriptContract
{
    public const string File = "web/client/src/room-contract.d.ts";

    private static readonly NullabilityInfoContext Nullability = new();

    public static string Generate()
    {
        var hubMethods = typeof(MeetingHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == typeof(MeetingHub))
            .OrderBy(m => m.MetadataToken)
            .ToList();
        var clientMethods = typeof(IMeetingClient).GetMethods().OrderBy(m => m.MetadataToken).ToList();

        var types = new List<Type>();
        void Reach(Type type)
        {
            type = Element(Nullable.GetUnderlyingType(type) ?? type);
            if (types.Contains(type) || !(type.IsEnum || IsRecord(type)))
            {
                return;
            }

            types.Add(type);
            if (type.BaseType is { } baseType && IsRecord(baseType))
            {
                Reach(baseType);
            }

            foreach (var property in Properties(type))
            {
                Reach(property.PropertyType);
            }
        }

        foreach (var root in new[] { typeof(JoinResult), typeof(RoomPage) }
            .Concat(clientMethods.SelectMany(m => m.GetParameters().Select(p => p.ParameterType)))
            .Concat(hubMethods.SelectMany(m => m.GetParameters().Select(p => p.ParameterType)))
            .Concat(hubMethods.Select(Result).OfType<Type>()))
        {
            Reach(root);
        }

        var text = new StringBuilder();
        text.Append("// Generated from the C# room contract (web/MeetingRoom/Contract, IMeetingClient, MeetingHub) by\n")
            .Append("// tests/Netwerkbijeenkomst.Web.Tests/Contract/TypeScriptContract.cs. Do not edit; regenerate with\n")
            .Append("//   ROOM_CONTRACT_WRITE=1 dotnet test tests/Netwerkbijeenkomst.Web.Tests --filter RoomContractTypeScript\n")
            .Append("// JSON as the hub sends it: camelCase properties, enums as their names, Guid and dates as strings.\n\n")
            .Append("/** The contract's version (RoomContract.Version): a page, Join or Watch answer with another one means a new deployment. */\n")
            .Append("export type RoomContractVersion = ").Append(RoomContract.Version).Append(";\n");

        foreach (var type in types.Where(t => t.IsEnum).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            text.Append("\nexport type ").Append(type.Name).Append(" = ")
                .Append(string.Join(" | ", Enum.GetNames(type).Select(n => JsonSerializer.Serialize(n)))).Append(";\n");
        }

        foreach (var type in types.Where(t => !t.IsEnum).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var extends = type.BaseType is { } b && IsRecord(b) ? $" extends {b.Name}" : "";
            text.Append("\nexport interface ").Append(type.Name).Append(extends).Append(" {\n");
            foreach (var property in Properties(type).Where(p => p.DeclaringType == type))
            {
                text.Append("  ").Append(Camel(property.Name)).Append(": ").Append(TypeScript(property.PropertyType, Nullability.Create(property))).Append(";\n");
            }

            text.Append("}\n");
        }

        text.Append("\n/** What the server pushes: connection.on(name, (message) => ...) for each; SignalR matches the name without regard to case. */\n")
            .Append("export interface RoomClient {\n");
        foreach (var method in clientMethods)
        {
            text.Append("  ").Append(Camel(method.Name)).Append(": ").Append(method.GetParameters().Single().ParameterType.Name).Append(";\n");
        }

        text.Append("}\n\n/** What the browser calls: connection.invoke(name, ...args) resolves to result. */\n")
            .Append("export interface RoomHub {\n");
        foreach (var method in hubMethods)
        {
            var arguments = method.GetParameters().Select(p => $"{p.Name}: {TypeScript(p.ParameterType, Nullability.Create(p))}");
            var result = Result(method) is { } r ? TypeScript(r, Nullability.Create(method.ReturnParameter).GenericTypeArguments[0]) : "void";
            text.Append("  ").Append(method.Name).Append(": { args: [").Append(string.Join(", ", arguments)).Append("]; result: ").Append(result).Append(" };\n");
        }

        return text.Append("}\n").ToString();
    }

    private static bool IsRecord(Type type) =>
        type.Namespace?.StartsWith("Netwerkbijeenkomst.Web.MeetingRoom", StringComparison.Ordinal) == true && type.IsClass && type.GetMethod("<Clone>$") is not null;

    // Base records' properties first, each level in declaration order.
    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        (type.BaseType is { } b && IsRecord(b) ? Properties(b) : [])
            .Concat(type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).OrderBy(p => p.MetadataToken));

    private static Type? Result(MethodInfo method) =>
        method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>) ? method.ReturnType.GetGenericArguments()[0] : null;

    private static Type Element(Type type) =>
        type.IsArray ? type.GetElementType()!
        : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>) ? type.GetGenericArguments()[0]
        : type;

    private static string TypeScript(Type type, NullabilityInfo nullability)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return $"{TypeScript(inner, nullability)} | null";
        }

        var name = type switch
        {
            _ when type.IsArray => $"{TypeScript(type.GetElementType()!, nullability.ElementType!)}[]",
            _ when type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>) => $"{TypeScript(type.GetGenericArguments()[0], nullability.GenericTypeArguments[0])}[]",
            _ when type == typeof(string) || type == typeof(Guid) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) => "string",
            _ when type == typeof(int) || type == typeof(long) || type == typeof(double) => "number",
            _ when type == typeof(bool) => "boolean",
            _ when type.IsEnum || IsRecord(type) => type.Name,
            _ => throw new NotSupportedException($"No TypeScript for {type} in the room contract."),
        };
        return !type.IsValueType && nullability.ReadState == NullabilityState.Nullable ? $"{name} | null" : name;
    }

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
