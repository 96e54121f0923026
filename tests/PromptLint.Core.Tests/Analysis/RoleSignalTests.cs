using PromptLint.Analysis;
using PromptLint.Analysis.Finders;
using PromptLint.Linting;
using PromptLint.Model;

namespace PromptLint.Core.Tests.Analysis;

/// <summary>
/// Which role signal fires for each way of stating a role (the corpus README's definition: an identity in the first,
/// second or third person), so that switching one signal off fails its row; and near misses where none fires. Texts
/// are written here for the test.
/// </summary>
public sealed class RoleSignalTests
{
    [Theory]
    [InlineData("You are a support agent for Contoso. Summarize the note.", "YouAre")]
    [InlineData("You're an expert reviewer. Review the query.", "YouAre")]
    [InlineData("You are now a ship's captain. Greet the crew.", "YouAre")]
    [InlineData("You should speak as if you are a pirate.", "YouAre")]
    [InlineData("Guide the team as if you were Ada Lovelace, a pioneer of computing.", "YouAre")]
    [InlineData("Act as a patient tutor. Explain fractions.", "ActAs")]
    [InlineData("You are operating in the role of a technical writer.", "ActAs")]
    [InlineData("Answer in the voice of a ship's captain.", "ActAs")]
    [InlineData("Put yourself in the shoes of a first-time visitor.", "ActAs")]
    [InlineData("Adopt the mindset of a senior security auditor.", "ActAs")]
    [InlineData("You embody the persona of a calm incident commander.", "ActAs")]
    [InlineData("You, as a senior engineer, review the diff.", "RoleStatement")]
    [InlineData("Operate as a senior SRE and triage the alert.", "ActAs")]
    [InlineData("Take on the persona of a travel agent.", "ActAs")]
    [InlineData("Your primary role is to triage incoming tickets.", "RoleStatement")]
    [InlineData("As Nova, you answer questions about the store.", "RoleStatement")]
    [InlineData("Summary first. As a careful editor, you check every claim.", "RoleStatement")]
    [InlineData("This GPT, named Trailhead, is a hiking assistant for beginners.", "ThirdPerson")]
    [InlineData("Nova is an assistant that answers billing questions.", "ThirdPerson")]
    [InlineData("The agent is an expert in Kubernetes upgrades.", "ThirdPerson")]
    [InlineData("The assistant is a careful code reviewer. Review the diff.", "ThirdPerson")]
    [InlineData("I am your writing assistant. Improve the draft.", "FirstPerson")]
    [InlineData("You are in Azure Principal Architect mode. Review the design.", "PersonaMode")]
    [InlineData("You're in database administrator (DBA) mode.", "PersonaMode")]
    [InlineData("## Role\nSenior support engineer.\n\n## Task\nSummarize the note.", "IdentitySection")]
    [InlineData("Role: senior support engineer\nSummarize the note.", "IdentitySection")]
    [InlineData("<role>A patient maths teacher.</role>\n<task>Explain fractions.</task>", "RoleElement")]
    public void Each_way_of_stating_a_role_is_its_own_signal(string text, string expected)
    {
        RoleEvidence? role = RoleOf(text);
        Assert.NotNull(role);
        Assert.Equal(expected, role.Value.Kind.ToString());
    }

    [Theory]
    [InlineData("You create release notes from the commit log.")]                // a task, not an identity
    [InlineData("You are tasked with summarizing the note.")]
    [InlineData("You are in planning mode. List the steps.")]                   // a mode
    [InlineData("You are now in review mode. Check the diff.")]
    [InlineData("You are in critical thinking mode. Challenge the plan.")]      // an activity names the mode
    [InlineData("You are in a sandbox with the compiler in strict mode.")]     // "mode" is not the phrase after "in"
    [InlineData("## Identity\nYou read the user's goals and propose talks.")]   // a title alone, over a task
    [InlineData("## Role\nReview the pull request for security issues.")]
    [InlineData("The user is a developer who asks about builds.")]             // the user, not the model
    [InlineData("Python is a language that the user writes.")]
    [InlineData("As mentioned, keep it short.")]
    [InlineData("I am a student and I need help with fractions.")]
    [InlineData("If you were a user, which button would you press?")]         // a condition, not a casting
    [InlineData("Adopt a mindset of continuous improvement.")]               // an attitude, not someone's place
    [InlineData("List the permissions in the order of the table.")]
    [InlineData("Thank you, as always, for the review.")]
    [InlineData("The assistant is a list of tools the user can call.")]         // "a list" is not who the model is
    public void Near_misses_are_not_roles(string text) => Assert.Null(RoleOf(text));

    [Fact]
    public void First_person_counts_only_in_the_instructions_not_in_a_user_turn() =>
        Assert.Null(RoleOf("system:\nSummarize the note for the lead.\nuser:\nI am your biggest fan. {{note}}\n", "a.prompty"));

    private static RoleEvidence? RoleOf(string text, string file = "a.md") =>
        PromptAnalysis.Of(Linter.Read(new PromptInput(file, text))!).Role;
}
