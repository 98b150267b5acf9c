using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Web.Tests.RoomContract;

/// <summary>A committed file that C# makes: a test compares it, or writes it when ROOM_CONTRACT_WRITE=1.</summary>
public static class GeneratedFile
{
    public const string WriteSwitch = "ROOM_CONTRACT_WRITE";

    public static async Task AssertCurrentAsync(string relativePath, string generated, string testFilter)
    {
        var path = Path.Combine(RepositoryRoot.Path, relativePath);
        if (Environment.GetEnvironmentVariable(WriteSwitch) == "1")
        {
            await File.WriteAllTextAsync(path, generated);
            return;
        }

        var committed = File.Exists(path) ? (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n") : "";
        Assert.True(
            committed == generated,
            $"{relativePath} differs from what the C# contract makes now. Regenerate it with\n" +
            $"  {WriteSwitch}=1 dotnet test tests/Netwerkbijeenkomst.Web.Tests --filter {testFilter}\n" +
            $"and commit it (the browser code builds against it).\nFirst difference at character {FirstDifference(committed, generated)}.");
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }
}
