namespace PromptLint.Datasets;

/// <summary>What a dataset is for; it decides which checks apply.</summary>
public enum DatasetRole
{
    /// <summary>The fine-tuning training set: every check.</summary>
    Training,

    /// <summary>The validation set uploaded with the job: shape, duplicates, missing assistant turns, overlap with training.</summary>
    Validation,

    /// <summary>The held-out data an evaluation ran on: only read for its overlap with training (PL4004).</summary>
    Evaluation,
}
