using Microsoft.Extensions.Hosting;
using Netwerkbijeenkomst.Silo.Hosting;

// A grain-only node: `dotnet run --project silo`. Web nodes reach it as Orleans clients (Cluster:Membership=Database).
var builder = Host.CreateApplicationBuilder(args);
var database = DatabaseSettings.Read(builder.Configuration, builder.Environment.ContentRootPath);
var cluster = ClusterSettings.Read(builder.Configuration);

// The silo's tables are migrated before the silo joins the cluster.
builder.Services.AddEventStorage(database);
builder.UseOrleans(silo => silo.AddDomainGrains().UseClustering(cluster));

await builder.Build().RunAsync();
