using Microsoft.Extensions.Hosting;
using OrleansLife.KubeEmulator.Server;

var builder = Host.CreateApplicationBuilder(args);
builder.AddStandaloneKubeEmulator(args);
await builder.Build().RunAsync();
