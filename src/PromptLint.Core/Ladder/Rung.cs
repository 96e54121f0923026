namespace PromptLint.Ladder;

/// <summary>The rungs of the ladder: each costs more to climb than the one below it.</summary>
public enum Rung
{
    /// <summary>A detailed prompt: role, task, constraints, output format.</summary>
    Prompt = 1,

    /// <summary>Worked input→output examples in the prompt.</summary>
    FewShot = 2,

    /// <summary>Knowledge fetched at run time (retrieval) rather than pasted.</summary>
    Retrieval = 3,

    /// <summary>A fine-tuned model.</summary>
    FineTune = 4,
}

/// <summary>Display names of the rungs, the same in every report format.</summary>
public static class RungNames
{
    public static string Label(Rung rung) => rung switch
    {
        Rung.Prompt => "1 prompt",
        Rung.FewShot => "2 few-shot",
        Rung.Retrieval => "3 retrieval",
        _ => "4 fine-tune",
    };

    public static string Key(Rung rung) => rung switch
    {
        Rung.Prompt => "prompt",
        Rung.FewShot => "few-shot",
        Rung.Retrieval => "retrieval",
        _ => "fine-tune",
    };
}
