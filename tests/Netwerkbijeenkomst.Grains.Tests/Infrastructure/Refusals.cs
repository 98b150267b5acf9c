using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Grains.Tests.Infrastructure;

/// <summary>Asserts that a command is refused with a given code and that its grain stored nothing.</summary>
public static class Refusals
{
    public static async Task<TException> AssertRefusedAsync<TException>(this TestDatabase database, string streamId, string code, Func<Task> command)
        where TException : DomainException
    {
        var before = database.EventCount(streamId);

        var error = await Assert.ThrowsAsync<TException>(command);

        Assert.Equal(code, error.Code);
        Assert.Equal(before, database.EventCount(streamId));
        return error;
    }

    public static string Stream(this Guid id, string grainType) => $"{grainType}/{id:N}";

    public static string NetworkStream(this TestNetwork network) => $"network/{network.Id}";
}
