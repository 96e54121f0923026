using PromptLint.Formats;
using PromptLint.Readers;

namespace PromptLint.Core.Tests.Formats;

/// <summary>Whether a template found by a folder walk is linted: text addressed to a model is, generators are not.</summary>
public sealed class PromptSniffingTests
{
    [Theory]
    [InlineData("deploy.jinja2", "name: {{ workflow }}\non:\n  push:\n    branches: [ main ]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: dotnet test\n")]
    [InlineData("entrypoint.jinja2", "#!/bin/sh\nset -e\nexec dotnet {{ app }}.dll \"$@\"\n")]
    [InlineData("settings.py.j2", "# Settings for {{ site }}\nDEBUG = False\n")]
    [InlineData("page.hbs", "<html>\n<head><title>{{title}}</title></head>\n<body>\n<div class=\"card\">{{body}}</div>\n</body>\n</html>\n")]
    [InlineData("model.mustache", "public class {{name}}\n{\n    public {{type}} Value { get; set; }\n    private int _count;\n    public void Reset() {\n}\n")]
    [InlineData("README.md.jinja2", "# {{ name }}\n\nTell your team about {{ name }}.\n")]
    [InlineData("Dockerfile.jinja2", "FROM mcr.microsoft.com/dotnet/aspnet:9.0\nCOPY . /app\nENTRYPOINT [\"dotnet\", \"{{ app }}.dll\"]\n")]
    [InlineData("order-shipped.hbs", "Hi {{customer.firstName}},\n\nGood news: your order {{order.number}} is on its way. You can track it here: {{trackingUrl}}\n\nPlease contact us if anything is wrong.\n\nThe Northwind Outdoor team\n")]
    [InlineData("product-card.liquid", "---\nlayout: product\n---\n<div class=\"card\">\n  <h2>{{ product.title }}</h2>\n  {% if product.available %}\n  <span class=\"price\">{{ product.price | money }}</span>\n  {% endif %}\n</div>\n")]
    public void Templates_that_are_not_addressed_to_a_model_are_skipped(string path, string text) =>
        Assert.False(PromptFormats.IsLikelyPrompt(path, text));

    [Theory]
    [InlineData("advisor.jinja2", "# system:\nYou are a hiking guide.\n\n# user:\n{{ question }}\n")]
    [InlineData("summary.j2", "Summarize the review below in one sentence.\n\nReview: {{ review }}\n")]
    [InlineData("weather.prompt", "---\nmodel: vertexai/gemini-2.5-flash\n---\nIs it snowing at {{ pass }} today?\n")]
    [InlineData("licensed.prompt", "# Copyright 2025 Northwind Outdoor\n# SPDX-License-Identifier: MIT\n\n---\nmodel: vertexai/gemini-2.5-flash\n---\nWrite a packing list for {{ trip }}.\n")]
    [InlineData("card.liquid", "Describe {{ product.name }} for a gift guide, as a short paragraph.\n")]
    [InlineData("faq.hbs", "system:\nAnswer shoppers' questions about returns.\nuser:\n{{question}}\n")]
    [InlineData("reply.mustache", "Please rewrite the support reply below so it sounds friendly.\n{{reply}}\n")]
    [InlineData("example-heavy.jinja2", "# system:\nGrade each answer from 1 to 5.\n\n# user:\nquestion: What is the capital of France?\nanswer: Paris is the capital of France.\nstars: 5\n\nquestion: What colour is the sky on a clear day?\nanswer: It is a weekday.\nstars: 1\n")]
    [InlineData("with-code.prompt", "Explain what this snippet does to a junior developer.\n\n```ts\nconst x = await ai.generate({ prompt });\nexport const y = 1;\nimport { z } from 'zod';\n```\n")]
    [InlineData("anything.prompty", "model: x\n")]
    [InlineData("fixture.prompt", "---\nconfig:\n  temperature: 3\n---\nHello from the fixture file\n")]
    [InlineData("role-block.prompt", "---\nmodel: googleai/gemini-2.5-flash\n---\n{{#role \"system\"}}\nKeep answers about trail safety.\n{{/role}}\n{{question}}\n")]
    [InlineData("role-block.hbs", "{{#role \"system\"}}\nThe trail guide for Northwind Outdoor.\n{{/role}}\n{{#role \"user\"}}\n{{question}}\n{{/role}}\n")]
    [InlineData("role-call.hbs", "{{role \"system\"}}\nThe trail guide for Northwind Outdoor.\n{{role \"user\"}}\n{{question}}\n")]
    [InlineData("reply.hbs", "system:\nYou draft replies to customers. Respond in two sentences.\nuser:\nHi {{agent}},\n{{message}}\n")]
    public void Templates_addressed_to_a_model_are_linted(string path, string text) =>
        Assert.True(PromptFormats.IsLikelyPrompt(path, text));

    [Fact]
    public void Sniffing_is_linear_on_unclosed_tags_and_huge_input()
    {
        string text = string.Concat(Enumerable.Repeat("{{ {% {# ", 200_000)) + "\nYou are here?";
        Assert.False(PromptFormats.IsLikelyPrompt("huge.jinja2", text)); // the 256 KB window holds no prose
    }
}
