using OrleansLife.Api.Apis;
using OrleansLife.Api.Hosting;
using OrleansLife.Dashboard.Hosting;
using OrleansLife.Silo.Clustering;
using OrleansLife.Silo.Hosting;
using OrleansLife.Silo.Kubernetes;
using OrleansLife.Silo.Observability;

var builder = WebApplication.CreateBuilder(args);
builder.AddSiloHosting();
builder.AddSiloLogging(args);
// The silo first: hosted services stop in reverse order, so the boards outlive the controller's last status write.
builder.AddOrleansSilo();
builder.AddKubernetes(args);
builder.AddSiloMetrics();
builder.Services.AddLifeApi();
builder.Services.AddDashboard();

var app = builder.Build();
app.UseLifeApi();
app.MapOpenApi();
app.MapBoardsApi();
app.MapPatternsApi();
app.MapRuntimeApi();
app.MapHealthApi();
app.MapSiloMetrics();
app.MapOrleansDashboard();
app.MapDashboard();
app.Run();

/// <summary>The silo executable; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
