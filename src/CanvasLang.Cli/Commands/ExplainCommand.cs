using System.CommandLine;
using CanvasLang.Semantics.Rules;

namespace CanvasLang.Cli.Commands;

/// <summary>`canvaslang explain [rule]`: a rule's document (by id or name), or the list of rules.</summary>
public static class ExplainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var rule = new Argument<string?>("rule") { Description = "A rule id (CV101) or name (vague-entry). Without it, lists every rule.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("explain", "Print a rule's documentation: what it finds, why it matters, examples, options.") { rule };
        command.SetAction(result => Run(result.GetValue(rule), stdout, stderr));
        return command;
    }

    public static int Run(string? rule, TextWriter stdout, TextWriter stderr)
    {
        if (string.IsNullOrWhiteSpace(rule))
        {
            // Columns as wide as the longest name, so a long one (model-proposition-without-valuemap) keeps them aligned.
            var width = RuleCatalog.All.Max(d => d.Name.Length);
            foreach (var d in RuleCatalog.All)
            {
                stdout.WriteLine($"{d.Id}  {d.Name.PadRight(width)}  {d.DefaultSeverity.ToString().ToLowerInvariant(),-8} {d.Summary}");
            }

            return 0;
        }

        var descriptor = RuleCatalog.Find(rule);
        if (descriptor is null)
        {
            var suggestion = RuleCatalog.Suggest(rule);
            stderr.WriteLine($"canvaslang: no rule `{rule}`" + (suggestion is null ? "; run `canvaslang explain` for the list" : $"; did you mean `{suggestion}`?"));
            return CanvasCli.UsageError;
        }

        stdout.Write(Document(descriptor.Id) ?? $"# {descriptor.Id} {descriptor.Name}\n\n{descriptor.Summary}\n");
        return 0;
    }

    /// <summary>The rule document embedded at build time from docs/rules.</summary>
    public static string? Document(string id)
    {
        using var stream = typeof(ExplainCommand).Assembly.GetManifestResourceStream($"CanvasLang.Rules.{id}.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
