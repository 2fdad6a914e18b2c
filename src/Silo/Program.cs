using OrleansLife.Api.Apis;
using OrleansLife.Api.Hosting;
using OrleansLife.Dashboard.Hosting;
using OrleansLife.Grains.Hosting;
using OrleansLife.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSiloHosting();
builder.Services.AddLifeGrains();
builder.Services.AddLifeApi();
builder.Services.AddDashboard();

var app = builder.Build();
app.UseLifeApi();
app.MapOpenApi();
app.MapBoardsApi();
app.MapPatternsApi();
app.MapRuntimeApi();
app.MapDashboard();
app.Run();

/// <summary>The silo executable; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
