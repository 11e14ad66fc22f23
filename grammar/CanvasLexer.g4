// CanvasLang lexer: the lexical rules of LANGUAGE.md.
// Anything the parser cannot use (unterminated strings, stray characters) still becomes a token,
// so the syntax tree builder can report it in plain words instead of the lexer failing.
lexer grammar CanvasLexer;

// Declarations
TITLE: 'title'; IMPORT: 'import'; SEGMENT: 'segment'; AKA: 'aka'; PROFILE: 'profile';
VALUEMAP: 'valuemap'; STATEMENT: 'statement'; TEST: 'test'; FOR: 'for'; LEARNING: 'learning';
FROM: 'from'; PURPOSE: 'purpose'; COMPANY: 'company'; BRAND: 'brand'; CUSTOMER: 'customer';
BUSINESSMODEL: 'businessmodel';

// Profile entries
JOB: 'job'; PAIN: 'pain'; GAIN: 'gain';
FUNCTIONAL: 'functional'; SOCIAL: 'social'; EMOTIONAL: 'emotional'; PERSONAL: 'personal';
UNDESIRED: 'undesired'; OBSTACLE: 'obstacle'; RISK: 'risk';
REQUIRED: 'required'; EXPECTED: 'expected'; DESIRED: 'desired'; UNEXPECTED: 'unexpected';
IMPORTANCE: 'importance'; SEVERITY: 'severity'; RELEVANCE: 'relevance'; RANK: 'rank'; AS: 'as';
BUYER: 'buyer'; COCREATOR: 'cocreator'; TRANSFERRER: 'transferrer';

// Value map entries
PRODUCT: 'product'; SERVICE: 'service'; RELIEVER: 'reliever'; CREATOR: 'creator';
PHYSICAL: 'physical'; DIGITAL: 'digital'; INTANGIBLE: 'intangible'; FINANCIAL: 'financial';
SERVES: 'serves'; RELIEVES: 'relieves'; CREATES: 'creates';

// Levels (see the rank table of LANGUAGE.md)
CRITICAL: 'critical'; HIGH: 'high'; MEDIUM: 'medium'; LOW: 'low'; EXTREME: 'extreme';
MODERATE: 'moderate'; ESSENTIAL: 'essential'; NICE: 'nice';

// Test and learning cards
HYPOTHESIS: 'hypothesis'; EXPERIMENT: 'experiment'; METRIC: 'metric'; CRITERIA: 'criteria';
OWNER: 'owner'; DUE: 'due'; STATUS: 'status'; PRIORITY: 'priority'; COST: 'cost';
RELIABILITY: 'reliability'; PLANNED: 'planned'; RUNNING: 'running'; VALIDATED: 'validated';
INVALIDATED: 'invalidated'; INCONCLUSIVE: 'inconclusive'; OBSERVATION: 'observation';
INSIGHT: 'insight'; DECISION: 'decision'; DATE_KW: 'date';

// Business model blocks
SEGMENTS: 'segments'; PROPOSITIONS: 'propositions'; CHANNELS: 'channels';
RELATIONSHIPS: 'relationships'; REVENUE: 'revenue'; RESOURCES: 'resources';
ACTIVITIES: 'activities'; PARTNERS: 'partners'; COSTS: 'costs';

// Personas (1.1)
PERSONA: 'persona'; GOAL: 'goal'; FRUSTRATION: 'frustration'; BEHAVIOUR: 'behaviour';
QUOTE: 'quote'; TRAIT: 'trait'; BASEDON: 'basedon';

// Interviews (1.1)
INTERVIEW: 'interview'; WHO: 'who'; HEARD: 'heard'; NOTE: 'note';

// Assumptions, what tests test, what a learning decides (1.1)
ASSUMPTION: 'assumption'; TYPE: 'type'; BELIEF: 'belief'; EVIDENCE: 'evidence';
DESIRABILITY: 'desirability'; FEASIBILITY: 'feasibility'; VIABILITY: 'viability';
NONE: 'none'; WEAK: 'weak'; SOME: 'some'; STRONG: 'strong'; TESTS: 'tests';
NEXT: 'next'; PERSEVERE: 'persevere'; PIVOT: 'pivot'; KILL: 'kill'; RETEST: 'retest';

// Positioning statements (1.1)
POSITIONING: 'positioning'; NEED: 'need'; OFFER: 'offer'; CATEGORY: 'category'; BENEFIT: 'benefit';
ALTERNATIVE: 'alternative'; DIFFERENTIATOR: 'differentiator'; PROOF: 'proof';

// Empathy maps (1.1): Gray's updated map; `pains` and `gains` are its two think-and-feel sections
EMPATHYMAP: 'empathymap'; SEE: 'see'; SAY: 'say'; DO: 'do'; HEAR: 'hear'; THINK: 'think'; FEEL: 'feel';
PAINS: 'pains'; GAINS: 'gains';

// Fit stages (1.1): the stage a segment's team claims, and the evidence it rests on (`basedon`)
FIT: 'fit'; STAGE: 'stage'; PROBLEM_SOLUTION: 'problem-solution'; PRODUCT_MARKET: 'product-market';
BUSINESS_MODEL: 'business-model';
// SWOT analyses (1.1): the four quadrants' items, actions that pair them (TOWS)
SWOT: 'swot'; STRENGTH: 'strength'; WEAKNESS: 'weakness'; OPPORTUNITY: 'opportunity'; THREAT: 'threat';
ACTION: 'action'; PAIRS: 'pairs';

// Offering metrics (1.1): what a proposition, a test or a segment is measured by, its target and how often
// it is read; `metric` (a test card's field) is the item's word
METRICS: 'metrics'; TARGET: 'target'; EVERY: 'every'; TRACKS: 'tracks';
DAY: 'day'; WEEK: 'week'; MONTH: 'month'; QUARTER: 'quarter'; YEAR: 'year';

LBRACE: '{'; RBRACE: '}'; COMMA: ',';

DATE: DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT;
INT: DIGIT+;
ID: [A-Za-z_] [A-Za-z0-9_-]*;

// Escapes other than \" and \\ are lexed here and reported by the tree builder.
STRING: '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '"';
UNTERMINATED_STRING: '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '\\'?;

LINE_COMMENT: '//' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT: '/*' .*? '*/' -> channel(HIDDEN);
// Only a comment with no closing */ at all: it must never out-match a closed one.
UNTERMINATED_COMMENT: '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF;
WS: [ \t\r\n\u000C\uFEFF]+ -> skip;
STRAY: .;

fragment DIGIT: [0-9];
