namespace CanvasLang.Semantics.Rules;

/// <summary>
/// One analyzer rule: declares its metadata and reports on the semantic model. A rule lives in its
/// own file and is listed in <see cref="RuleCatalog"/>; no reflection finds it.
/// </summary>
public abstract class CanvasRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract void Analyze(RuleContext context);
}
