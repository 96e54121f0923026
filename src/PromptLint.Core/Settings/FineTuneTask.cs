namespace PromptLint.Settings;

/// <summary>What a fine-tune is for, from <c>task:</c> under <c>models:</c>; it sets how many training examples are enough.</summary>
public enum FineTuneTask
{
    /// <summary>Not declared: the generation floor applies, the safer of the two.</summary>
    Unspecified = 0,

    /// <summary>Labels, classes, routing: 200–500 clean examples can be enough.</summary>
    Classification,

    /// <summary>Fields pulled out of text: the same floor as classification.</summary>
    Extraction,

    /// <summary>Free text, rewriting, style: 500–1,000 examples.</summary>
    Generation,
}
