global using Aspire.Hosting;
global using Aspire.Hosting.ApplicationModel;
global using Microsoft.Extensions.Configuration;
global using Microsoft.Extensions.DependencyInjection;

// Debian's servers, run as the postgres user: the AppHost runs on Linux only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
