namespace PromptLint.Cli.Tests.Ladder;

/// <summary>
/// The two scenarios of docs/ladder-report.md, written into a temp folder by each test. Their static text is 353 and
/// 306 o200k_base tokens: counted independently with js-tiktoken 1.0.21 (getEncoding("o200k_base") over the
/// messages' text joined by a line break), and the figures below were worked by hand from those counts.
/// </summary>
internal static class LadderScenarios
{
    public const int AssistantTokens = 353;
    public const int ClassifierTokens = 306;

    public const string AssistantPath = "prompts/hr-policy-assistant.prompty";
    public const string ClassifierPath = "prompts/ticket-classifier.prompty";

    /// <summary>Low volume: 120 calls/day on gpt-4o at the default table's prices.</summary>
    public const string AssistantConfig = """
        root: true
        usage:
          prompts:
            "prompts/hr-policy-assistant.prompty":
              callsPerDay: 120
              trainingTokens: 630000
              tokensRemovedByFineTune: 250
              userTokensPerCall: 40
              outputTokensPerCall: 60
        """;

    /// <summary>High volume: 50,000 calls/day on gpt-4o-mini, prices written out under usage.models.</summary>
    public const string ClassifierConfig = """
        root: true
        usage:
          models:
            "gpt-4o-mini*":
              inputPricePerMillion: 0.15
              outputPricePerMillion: 0.60
              fineTunedInputPricePerMillion: 0.30
              fineTunedOutputPricePerMillion: 1.20
              trainingPricePerMillion: 3.00
          prompts:
            "prompts/ticket-classifier.prompty":
              callsPerDay: 50000
              trainingTokens: 420000
              tokensRemovedByFineTune: 230
              userTokensPerCall: 80
              outputTokensPerCall: 12
        """;

    public const string Assistant = """
        ---
        name: hr-policy-assistant
        description: Answers employees' questions about Contoso's HR policies.
        model:
          api: chat
          configuration:
            type: azure_openai
            azure_deployment: gpt-4o
          parameters:
            max_tokens: 400
        inputs:
          question:
            type: string
        ---
        system:
        You are Contoso's internal HR policy assistant. You answer questions from Contoso employees about leave,
        expenses, remote work and benefits, using only the policy excerpts below. If the answer is not in the excerpts,
        say "I don't know; please ask hr@contoso.example" and stop.

        Rules:
        - Quote the policy section number for every claim, e.g. "(Leave policy §3.2)".
        - Never give legal or tax advice; refer such questions to HR.
        - Keep a neutral, friendly tone; no emoji.
        - If the question is about a named colleague, refuse politely: you cannot discuss individual cases.

        Respond in Markdown with exactly two parts:
        1. **Answer:** one or two sentences.
        2. **Policy:** a bulleted list of the sections you relied on.

        Policy excerpts:
        Leave policy §3.1: Full-time employees accrue 2.08 days of paid annual leave per month of service.
        Leave policy §3.2: Up to 5 unused days carry over to the next calendar year; the rest lapse on 31 March.
        Leave policy §3.4: Parental leave is 16 weeks at full pay for the primary carer and 6 weeks for the secondary carer.
        Expenses policy §2.1: Submit claims within 60 days with an itemised receipt; claims over 500 EUR need a manager's approval.
        Expenses policy §2.3: Economy class for flights under 6 hours; premium economy above that.
        Remote work policy §1.2: Employees may work remotely up to 3 days a week with their manager's agreement.
        Remote work policy §1.5: Working from another country needs HR approval at least 30 days in advance.

        user:
        {{question}}

        """;

    public const string Classifier = """
        ---
        name: ticket-classifier
        description: Routes incoming support tickets to a queue.
        model:
          api: chat
          configuration:
            type: openai
            name: gpt-4o-mini
        inputs:
          ticket:
            type: string
        ---
        system:
        You are a support-ticket router for Fabrikam's help desk. Read one customer ticket and choose exactly one queue:
        billing, shipping, returns, account, technical or other.

        Respond with JSON only, no prose: {"queue": "<one of the six queues>", "confidence": <0.0-1.0>}

        Guidelines:
        - billing: invoices, charges, refunds of a charge, payment methods.
        - shipping: delivery dates, tracking, lost or damaged parcels.
        - returns: sending an item back, exchange, return labels.
        - account: login, password, email change, deleting the account.
        - technical: the app or website shows an error or does not work.
        - other: anything else, including compliments.

        Examples:

        Input: I was charged twice for order 88123, please fix this.
        Output: {"queue": "billing", "confidence": 0.97}

        Input: My parcel says delivered but nothing arrived at my door.
        Output: {"queue": "shipping", "confidence": 0.93}

        Input: The jacket is too small, can I swap it for a large?
        Output: {"queue": "returns", "confidence": 0.9}

        Input: I can't log in since I changed my phone number.
        Output: {"queue": "account", "confidence": 0.88}

        Input: The checkout page shows error 502 every time I press Pay.
        Output: {"queue": "technical", "confidence": 0.95}

        user:
        {{ticket}}

        """;

    /// <summary>Both scenarios under one promptlint.yaml (the usage.models entry matches gpt-4o-mini only).</summary>
    public const string BothConfig = """
        root: true
        usage:
          models:
            "gpt-4o-mini*":
              inputPricePerMillion: 0.15
              outputPricePerMillion: 0.60
              fineTunedInputPricePerMillion: 0.30
              fineTunedOutputPricePerMillion: 1.20
              trainingPricePerMillion: 3.00
          prompts:
            "prompts/hr-policy-assistant.prompty":
              callsPerDay: 120
              trainingTokens: 630000
              tokensRemovedByFineTune: 250
              userTokensPerCall: 40
              outputTokensPerCall: 60
            "prompts/ticket-classifier.prompty":
              callsPerDay: 50000
              trainingTokens: 420000
              tokensRemovedByFineTune: 230
              userTokensPerCall: 80
              outputTokensPerCall: 12
        """;

    public static TempFolder Write(string config, params (string Path, string Text)[] prompts)
    {
        var temp = new TempFolder();
        temp.Write("promptlint.yaml", config + "\n");
        foreach (var (path, text) in prompts)
        {
            temp.Write(path, text);
        }

        return temp;
    }

    public static TempFolder Both() => Write(BothConfig, (AssistantPath, Assistant), (ClassifierPath, Classifier));
}
