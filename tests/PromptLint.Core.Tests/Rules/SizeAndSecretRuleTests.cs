using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Linting;
using PromptLint.Settings;

namespace PromptLint.Core.Tests.Rules;

/// <summary>PL6001 token budget and PL7001 secrets.</summary>
public sealed class SizeAndSecretRuleTests
{
    private static readonly string LongPolicy = string.Concat(Enumerable.Repeat("Refunds are issued within 14 days of the return arriving at our warehouse in Leeds. ", 150));

    [Fact]
    public void Pl6001_flags_a_prompt_over_the_token_budget_with_the_estimate()
    {
        var finding = Assert.Single(Lint.Text("a.md", LongPolicy).Of("PL6001"));
        Assert.Matches(@"about [0-9],[0-9]00 tokens \(o200k_base estimate, ±10%\), over the 2,000-token budget", finding.Message);
    }

    [Fact]
    public void Pl6001_respects_maxTokens()
    {
        Assert.Empty(Lint.Text("a.md", LongPolicy, LintSettings.Default.WithOption("PL6001", "maxTokens", 100_000)).Of("PL6001"));
        Assert.Empty(Lint.Text("a.md", "You are a short prompt. Reply in JSON.").Of("PL6001"));
    }

    [Theory]
    [InlineData("api key: sk-proj-Ab3dEf9hIjKlMn0pQrStUvWxYz123456789ABCDEFGHij", "OpenAI API key")]
    [InlineData("key sk-ant-api03-Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBaZx9Yw8Vu7Ts6", "Anthropic API key")]
    [InlineData("aws AKIAIOSFODNN7EXAMPLF here", "AWS access key ID")]
    [InlineData("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9abcdefghijklmnop.qrstuv", "bearer token")]
    [InlineData("Server=db;Database=sales;User Id=app;Password=Tr0ub4dor&3x;", "connection string password")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=q1w2e3r4t5y6u7i8o9p0==;", "connection string password")]
    [InlineData("use postgres://report:s3cr3tPw@db.internal/sales", "password in URL")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----", "private key")]
    public void Pl7001_flags_secrets_at_their_position(string line, string kind)
    {
        var finding = Assert.Single(Lint.Text("a.md", "You are a reporting assistant.\n" + line + "\n").Of("PL7001"));
        Assert.StartsWith(kind, finding.Message);
        Assert.Equal(2, finding.Start().Line);
    }

    [Theory]
    [InlineData("api key: sk-...")]
    [InlineData("api key: sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("Password=<your-password>;Server=db;")]
    [InlineData("Bearer {{token}}")]
    [InlineData("api_key: ${env:OPENAI_API_KEY}")]
    [InlineData("Explain what a bearer token is and why passwords belong in a vault.")]
    public void Pl7001_ignores_placeholders_and_prose(string line) =>
        Assert.Empty(Lint.Text("a.md", "You are a reporting assistant.\n" + line + "\n").Of("PL7001"));
}
