namespace Netwerkbijeenkomst.Testing;

/// <summary>The checkout the tests run from: the folder above the test binaries that holds the solution.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Netwerkbijeenkomst.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Netwerkbijeenkomst.sln above {AppContext.BaseDirectory}.");
    }
}
