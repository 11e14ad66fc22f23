namespace CanvasLang.EditorServices.Completion;

/// <summary>Skeletons of whole declarations, in LSP snippet syntax, that read as a worked example of the method.</summary>
internal static class Snippets
{
    public static readonly (string Label, string Detail, string Body)[] All =
    [
        ("canvas", "a segment with its profile and value map",
            "segment ${1:customers} \"${2:Who they are, precisely enough to tell who is in and who is out}\"\n\n" +
            "profile ${1:customers} {\n" +
            "  functional job ${3:main_job} \"${4:What they are trying to get done}\" importance high\n" +
            "  social job ${5:be_seen} \"${6:How they want to be seen by others}\"\n" +
            "  emotional job ${7:feel} \"${8:How they want to feel}\"\n\n" +
            "  pain ${9:worst_pain} \"${10:What annoys them, made concrete}\" severity extreme\n\n" +
            "  required gain ${11:must_have} \"${12:What they need for the job to succeed}\" relevance essential\n" +
            "}\n\n" +
            "valuemap ${1:customers} {\n" +
            "  product ${13:offer} \"${14:What you offer}\" serves ${3:main_job}\n" +
            "  reliever ${15:relief} \"${16:How it eases the pain}\" relieves ${9:worst_pain}\n" +
            "  creator ${17:creation} \"${18:How it produces the gain}\" creates ${11:must_have}\n" +
            "}\n$0"),
        ("profile", "a customer profile: jobs, pains, gains",
            "profile ${1:segment} {\n" +
            "  functional job ${2:job_id} \"${3:What they are trying to get done}\" importance ${4|critical,high,medium,low|}\n" +
            "  pain ${5:pain_id} \"${6:What gets in the way, made concrete}\" severity ${7|extreme,high,moderate,low|}\n" +
            "  gain ${8:gain_id} \"${9:An outcome they want}\" relevance ${10|essential,high,medium,nice|}\n" +
            "}\n$0"),
        ("valuemap", "a value map: products and services, relievers, creators",
            "valuemap ${1:segment} {\n" +
            "  product ${2:offer_id} \"${3:What you offer}\" serves ${4:job_id}\n" +
            "  reliever ${5:reliever_id} \"${6:How it eases a pain}\" relieves ${7:pain_id}\n" +
            "  creator ${8:creator_id} \"${9:How it produces a gain}\" creates ${10:gain_id}\n" +
            "}\n$0"),
        ("test", "a test card",
            "test ${1:test_id} for ${2:segment} {\n" +
            "  hypothesis \"${3:We believe that…}\"\n" +
            "  experiment \"${4:To verify that, we will…}\"\n" +
            "  metric \"${5:And measure…}\"\n" +
            "  criteria \"${6:We are right if at least …%…}\"\n" +
            "  owner \"${7:Name}\"\n" +
            "  due ${8:2026-12-31}\n" +
            "  status ${9|planned,running,validated,invalidated,inconclusive|}\n" +
            "}\n$0"),
        ("learning", "a learning card",
            "learning ${1:learning_id} from ${2:test_id} {\n" +
            "  observation \"${3:We observed…}\"\n" +
            "  insight \"${4:From that we learned…}\"\n" +
            "  decision \"${5:Therefore we will…}\"\n" +
            "}\n$0"),
        ("persona", "a persona: goals, frustrations, behaviours, and the evidence it rests on",
            "persona ${1:persona_id} for ${2:segment} {\n" +
            "  goal \"${3:What they are trying to achieve, so that you could tell if they got there}\"\n" +
            "  frustration \"${4:What gets in their way today}\"\n" +
            "  behaviour \"${5:What they do, observed: a habit, a workaround}\"\n" +
            "  quote \"${6:One sentence they said, in their words}\"\n" +
            "  trait \"${7:Age, job, place: only to picture them}\"\n" +
            "  basedon ${8:test_id}\n" +
            "}\n$0"),
        ("positioning", "a positioning statement: need, offer, category, benefit, alternative, differentiator, proof",
            "positioning ${1:positioning_id} for ${2:segment} {\n" +
            "  need \"${3:what they need, in their words}\"\n" +
            "  offer \"${4:the offer's name}\"\n" +
            "  category \"${5:the kind of thing it is}\"\n" +
            "  benefit \"${6:the main benefit it brings}\"\n" +
            "  alternative \"${7:what they use today instead}\"\n" +
            "  differentiator \"${8:what it does that the alternative does not}\"\n" +
            "  proof \"${9:the evidence that it does}\"\n" +
            "}\n$0"),
        ("empathymap", "an empathy map: goal, see, say, do, hear, think, feel, pains, gains",
            "empathymap ${1:map_id} for ${2:persona_or_segment} {\n" +
            "  goal \"${3:what they need to do, observably, and how they know it went well}\"\n" +
            "  see \"${4:what they see around them}\"\n" +
            "  say \"${5:something they said, word for word}\"\n" +
            "  do \"${6:what they do, as observed}\"\n" +
            "  hear \"${7:what they hear from others}\"\n" +
            "  think \"${8:what they think}\"\n" +
            "  feel \"${9:how they feel}\"\n" +
            "  pains \"${10:a fear, frustration or obstacle}\"\n" +
            "  gains \"${11:a want, need or hope}\"\n" +
            "}\n$0"),
        ("fit", "a fit stage: the stage claimed for a segment and what it rests on",
            "fit ${1:segment} {\n" +
            "  stage ${2|problem-solution,product-market,business-model|}\n" +
            "  basedon ${3:test_or_learning}\n" +
            "}\n$0"),
        ("assumption", "an assumption: its kind of risk, the belief, what rides on it, what is known",
            "assumption ${1:assumption_id} for ${2:segment} {\n" +
            "  type ${3|desirability,feasibility,viability|}\n" +
            "  belief \"${4:We believe that…}\"\n" +
            "  importance ${5|critical,high,medium,low|}\n" +
            "  evidence ${6|none,weak,some,strong|}\n" +
            "}\n$0"),
        ("interview", "an interview: who, when, and what was heard",
            "interview ${1:interview_id} for ${2:segment} {\n" +
            "  who \"${3:Who: role and situation, no full names}\"\n" +
            "  date ${4:2026-12-01}\n" +
            "  heard ${5|job,pain,gain|} \"${6:What they said they do, suffer or want, in their words}\"\n" +
            "  quote \"${7:One sentence, verbatim}\"\n" +
            "  note \"${8:What you noticed, kept apart from what was said}\"\n" +
            "}\n$0"),
        ("swot", "a SWOT analysis: strengths, weaknesses, opportunities, threats, and actions that pair them",
            "swot ${1:swot_id} for ${2:segment} {\n" +
            "  strength ${3:s1} \"${4:What the business does or has that helps, inside its control}\" priority ${5:1}\n" +
            "  weakness ${6:w1} \"${7:What the business lacks or does badly, inside its control}\"\n" +
            "  opportunity ${8:o1} \"${9:A change outside the business it could use}\"\n" +
            "  threat ${10:t1} \"${11:A change outside the business that could hurt it}\"\n" +
            "  action ${12:a1} \"${13:What to do, using a strength or fixing a weakness}\" pairs ${3:s1}, ${8:o1}\n" +
            "}\n$0"),
        ("metrics", "offering metrics: what is measured, the target, how often it is read, and what it tracks",
            "metrics ${1:metrics_id} for ${2:segment} {\n" +
            "  metric ${3:m1} \"${4:What is measured, as a quantity}\" target \"${5:at least 80 %}\" every ${6|month,week,quarter,day,year|} tracks ${7:$2}\n" +
            "}\n$0"),
    ];
}
