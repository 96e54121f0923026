using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests.DataFlow;

/// <summary>Tool definitions are prompts too (issue #13, item 4), against the real Semantic Kernel and Microsoft.Extensions.AI.</summary>
public sealed class ToolDefinitionTests
{
    [Fact]
    public async Task Kernel_functions_without_descriptions_and_described_alike_are_flagged() =>
        await new AnalyzerRunner().VerifyAsync("""
            using System.ComponentModel;
            using System.Threading;
            using Microsoft.SemanticKernel;

            public sealed class OrderPlugin
            {
                [KernelFunction]
                public string {|PL1006:GetOrder|}(string {|PL1007:orderId|}) => orderId;

                [KernelFunction, Description("Gets the status of an order.")]
                public string GetStatus([Description("The order number, e.g. A-1234.")] string orderId, Kernel kernel, CancellationToken cancellationToken) => orderId;

                [KernelFunction, {|PL1008:Description("Gets the status of the order.")|}]
                public string GetState([Description("The order number, e.g. A-1234.")] string orderId) => orderId;

                public string NotATool(string x) => x;
            }

            public sealed class WeatherPlugin
            {
                [KernelFunction, Description("Returns today's forecast for a city.")]
                public string Forecast([Description("City name in English, e.g. Paris.")] string city) => city;

                [KernelFunction, Description("Returns yesterday's measured rainfall in millimetres for a city.")]
                public string Rainfall([Description("City name in English, e.g. Paris.")] string city) => city;
            }
            """, "PL1006", "PL1007", "PL1008");

    [Fact]
    public async Task AIFunctionFactory_tools_need_a_description() =>
        await new AnalyzerRunner().VerifyAsync("""
            using System.ComponentModel;
            using Microsoft.Extensions.AI;

            class Tools
            {
                static string Weather(string city) => city;

                [Description("Returns today's forecast for a city.")]
                static string Described([Description("City name in English.")] string city) => city;

                void Build()
                {
                    var a = {|PL1006:AIFunctionFactory.Create(Weather)|};
                    var b = AIFunctionFactory.Create(Weather, "weather", "Returns today's forecast for a city.");
                    var c = AIFunctionFactory.Create(Described);
                }
            }
            """, "PL1006");
}
