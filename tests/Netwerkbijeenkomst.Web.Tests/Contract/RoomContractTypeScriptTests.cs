using Netwerkbijeenkomst.Web.MeetingRoom;

namespace Netwerkbijeenkomst.Web.Tests.Contract;

/// <summary>The browser's types of the room contract are the C# contract's: the committed .d.ts is what the generator makes.</summary>
public sealed class RoomContractTypeScriptTests
{
    [Fact]
    public Task CommittedTypeScript_IsWhatTheContractGenerates() =>
        GeneratedFile.AssertCurrentAsync(TypeScriptContract.File, TypeScriptContract.Generate(), nameof(RoomContractTypeScriptTests));

    [Fact]
    public void EveryClientMethod_TakesTheMessageRecordOfItsOwnName()
    {
        foreach (var method in typeof(IMeetingClient).GetMethods())
        {
            Assert.Equal(method.Name, Assert.Single(method.GetParameters()).ParameterType.Name);
        }
    }
}
