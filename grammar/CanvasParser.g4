// CanvasLang parser: exactly the declarations of LANGUAGE.md, nothing more.
// Attributes are parsed generically (keyword + value) so that a misplaced or repeated attribute
// becomes a clear semantic message (CV008) instead of a parse failure that hides the entry.
parser grammar CanvasParser;

options { tokenVocab = CanvasLexer; }

file: declaration* EOF;

// The parser reads a file in chunks (Parsing/Segmenter.cs): a declaration keyword that starts a line
// starts a chunk, and in a profile or value map, an entry keyword that starts a line starts one too.
// A chunk of entries is read alone with these rules, from the block's opening to its closing.
profileOpen: PROFILE name LBRACE profileEntry* EOF;
profileEntries: profileEntry* EOF;
profileClose: profileEntry* RBRACE declaration* EOF;
valuemapOpen: VALUEMAP name LBRACE valueEntry* EOF;
valueEntries: valueEntry* EOF;
valuemapClose: valueEntry* RBRACE declaration* EOF;

declaration
    : title
    | importDecl
    | segment
    | profile
    | valuemap
    | statement
    | test
    | learning
    | purpose
    | businessmodel
    | persona
    | interview
    | assumption
    | positioning
    | empathymap
    | fitStage
    | swot
    | metrics
    ;

title: TITLE STRING;
importDecl: IMPORT STRING;
segment: SEGMENT name STRING? (AKA STRING (COMMA STRING)*)?;

profile: PROFILE name LBRACE profileEntry* RBRACE;
profileEntry: job | pain | gain;
job: jobKind? JOB name? STRING attribute*;
jobKind: FUNCTIONAL | SOCIAL | EMOTIONAL | PERSONAL;
pain: painKind? PAIN name? STRING attribute*;
painKind: UNDESIRED | OBSTACLE | RISK;
gain: gainLevel? GAIN name? STRING attribute*;
gainLevel: REQUIRED | EXPECTED | DESIRED | UNEXPECTED;

valuemap: VALUEMAP name LBRACE valueEntry* RBRACE;
valueEntry: offer | reliever | creator;
offer: offerKind? (PRODUCT | SERVICE) name? STRING attribute*;
offerKind: PHYSICAL | DIGITAL | INTANGIBLE | FINANCIAL;
reliever: RELIEVER name? STRING attribute*;
creator: CREATOR name? STRING attribute*;

// Which attribute an entry accepts is checked by the binder, with a message naming the entry.
attribute
    : (IMPORTANCE | SEVERITY | RELEVANCE) level
    | AS role
    | (RANK | PRIORITY) INT
    | (SERVES | RELIEVES | CREATES | HEARD | PAIRS | TRACKS) refs
    | TARGET STRING
    | EVERY period
    ;
period: DAY | WEEK | MONTH | QUARTER | YEAR;
level: CRITICAL | HIGH | MEDIUM | LOW | EXTREME | MODERATE | ESSENTIAL | NICE;
role: BUYER | COCREATOR | TRANSFERRER;
refs: name (COMMA name)*;

statement: STATEMENT name STRING;

test: TEST name (FOR name)? LBRACE testField* RBRACE;
testField
    : (HYPOTHESIS | EXPERIMENT | METRIC | CRITERIA | OWNER | COST) STRING
    | DUE DATE
    | STATUS testStatus
    | PRIORITY INT
    | RELIABILITY level
    | TESTS refs
    ;
testStatus: PLANNED | RUNNING | VALIDATED | INVALIDATED | INCONCLUSIVE;

learning: LEARNING name FROM name LBRACE learningField* RBRACE;
learningField: (OBSERVATION | INSIGHT | DECISION | OWNER) STRING | DATE_KW DATE | NEXT verdict;
verdict: PERSEVERE | PIVOT | KILL | RETEST;

purpose: PURPOSE (COMPANY | BRAND | CUSTOMER name) STRING;

businessmodel: BUSINESSMODEL name LBRACE bmBlock* RBRACE;
bmBlock
    : (SEGMENTS | PROPOSITIONS) refs
    | (CHANNELS | RELATIONSHIPS | REVENUE | RESOURCES | ACTIVITIES | PARTNERS | COSTS) STRING (COMMA STRING)*
    ;

// Language 1.1. A persona stands for a segment; `basedon` names the interviews or tests it rests on.
persona: PERSONA name (FOR name)? LBRACE personaField* RBRACE;
personaField: (GOAL | FRUSTRATION | BEHAVIOUR | QUOTE | TRAIT) STRING | BASEDON refs;

// An interview and what was heard in it. `heard pain "…"`: the kind is read as a name, so that entry
// keywords keep starting entries only (the segmenter relies on it); the binder checks it.
interview: INTERVIEW name (FOR name)? LBRACE interviewField* RBRACE;
interviewField: (WHO | QUOTE | NOTE) STRING | DATE_KW DATE | HEARD name STRING;

// An assumption behind the canvas: what kind of risk, what is believed, how much rides on it, how much is known.
assumption: ASSUMPTION name (FOR name)? LBRACE assumptionField* RBRACE;
assumptionField: TYPE assumptionType | BELIEF STRING | IMPORTANCE level | EVIDENCE evidenceLevel;
assumptionType: DESIRABILITY | FEASIBILITY | VIABILITY;
evidenceLevel: NONE | WEAK | SOME | STRONG;

// A positioning statement for a segment (Moore's template): for the segment, who need …, the offer is a
// category that benefit; unlike the alternative, it differentiator, as proof shows.
positioning: POSITIONING name (FOR name)? LBRACE positioningField* RBRACE;
positioningField: (NEED | OFFER | CATEGORY | BENEFIT | ALTERNATIVE | DIFFERENTIATOR | PROOF) STRING;

// An empathy map (Gray's updated map) for a persona or a segment: the goal, what they see, say, do and hear
// (the outside), what they think and feel, with its pains and gains (the inside). The sections are
// `pains`/`gains`, never the entry keywords, so that entry keywords keep starting entries only.
empathymap: EMPATHYMAP name (FOR name)? LBRACE empathyField* RBRACE;
empathyField: (GOAL | SEE | SAY | DO | HEAR | THINK | FEEL | PAINS | GAINS) STRING;

// The stage of fit a segment's team claims (problem–solution, product–market, business model) and the
// tests, learnings or interviews it rests on. The name after `fit` is the segment's, not a new one.
fitStage: FIT name LBRACE fitField* RBRACE;
fitField: STAGE fitStageWord | BASEDON refs;
fitStageWord: PROBLEM_SOLUTION | PRODUCT_MARKET | BUSINESS_MODEL;
// A SWOT analysis: items of four quadrants (strengths and weaknesses inside the business, opportunities
// and threats outside it) and actions that pair them (TOWS). Items are written like entries: an optional
// id, a text, then attributes (`priority N`; `pairs a, b` on an action), which the binder checks.
swot: SWOT name (FOR name)? LBRACE swotItem* RBRACE;
swotItem: (STRENGTH | WEAKNESS | OPPORTUNITY | THREAT | ACTION) name? STRING attribute*;

// Offering metrics: each metric is written like an entry (an optional id, what is measured, then
// attributes: `target "…"`, `every week`, `tracks` positioning statements, tests, segments or assumptions).
// `metric` is also a test card's field; inside `metrics` it starts an item.
metrics: METRICS name (FOR name)? LBRACE metricItem* RBRACE;
metricItem: METRIC name? STRING attribute*;

// Keywords are legal wherever a name is expected.
name: ID | keyword;
keyword
    : TITLE | IMPORT | SEGMENT | AKA | PROFILE | VALUEMAP | STATEMENT | TEST | FOR | LEARNING | FROM
    | PURPOSE | COMPANY | BRAND | CUSTOMER | BUSINESSMODEL | JOB | PAIN | GAIN | FUNCTIONAL | SOCIAL
    | EMOTIONAL | PERSONAL | UNDESIRED | OBSTACLE | RISK | REQUIRED | EXPECTED | DESIRED | UNEXPECTED
    | IMPORTANCE | SEVERITY | RELEVANCE | RANK | AS | BUYER | COCREATOR | TRANSFERRER | PRODUCT
    | SERVICE | RELIEVER | CREATOR | PHYSICAL | DIGITAL | INTANGIBLE | FINANCIAL | SERVES | RELIEVES
    | CREATES | CRITICAL | HIGH | MEDIUM | LOW | EXTREME | MODERATE | ESSENTIAL | NICE | HYPOTHESIS
    | EXPERIMENT | METRIC | CRITERIA | OWNER | DUE | STATUS | PRIORITY | COST | RELIABILITY | PLANNED
    | RUNNING | VALIDATED | INVALIDATED | INCONCLUSIVE | OBSERVATION | INSIGHT | DECISION | DATE_KW
    | SEGMENTS | PROPOSITIONS | CHANNELS | RELATIONSHIPS | REVENUE | RESOURCES | ACTIVITIES | PARTNERS
    | COSTS | PERSONA | GOAL | FRUSTRATION | BEHAVIOUR | QUOTE | TRAIT | BASEDON | INTERVIEW | WHO | HEARD
    | NOTE | ASSUMPTION | TYPE | BELIEF | EVIDENCE | DESIRABILITY | FEASIBILITY | VIABILITY | NONE | WEAK
    | SOME | STRONG | TESTS | NEXT | PERSEVERE | PIVOT | KILL | RETEST | POSITIONING | NEED | OFFER | CATEGORY
    | BENEFIT | ALTERNATIVE | DIFFERENTIATOR | PROOF | EMPATHYMAP | SEE | SAY | DO | HEAR | THINK | FEEL
    | PAINS | GAINS | FIT | STAGE | PROBLEM_SOLUTION | PRODUCT_MARKET | BUSINESS_MODEL
    | BENEFIT | ALTERNATIVE | DIFFERENTIATOR | PROOF | SWOT | STRENGTH | WEAKNESS | OPPORTUNITY | THREAT | ACTION
    | PAIRS | METRICS | TARGET | EVERY | TRACKS | DAY | WEEK | MONTH | QUARTER | YEAR
    ;
