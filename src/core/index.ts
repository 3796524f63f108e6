import './zodJitless';
export * from './schema';
export type { Finding, Severity } from './findings';
export { hasErrors } from './findings';
export { toPointer, fromPointer } from './pointer';
export { windowSeconds, describeWindow, windowName } from './window';
export { isPattern, matchesPattern, specificity, findRule, hiddenBy } from './patterns';
export type { RuleMatch } from './patterns';
export { rateCounterName, distinctName } from './counterName';
export type { ParsePolicyResult } from './policy/parseResult';
export { parsePolicy } from './policy/parsePolicy';
export { readChange } from './policy/readChange';
export type { ParsePolicyOptions } from './policy/parsePolicy';
export { regexRiskFindings, regexRiskMessage, regexConditions } from './policy/regexRisk';
export type { RegexRisk, RegexRiskCheck, RegexCondition } from './policy/regexRisk';
export { formatPolicy } from './policy/formatPolicy';
export type { Call, Decision, DecisionKind } from './simulate/call';
export { simulate } from './simulate/simulate';
export type { Tool, ToolAnnotations, Category, Risk, Classification } from './tools/tool';
export { CATEGORIES, RISKS } from './tools/tool';
export { parseToolList } from './tools/parseToolList';
export type { ParseToolListResult } from './tools/parseToolList';
export { classifyTool } from './tools/classify';
export { recommendPolicy } from './tools/recommend';
export { groupByPrefix, namePrefix, MIN_GROUP_SIZE } from './tools/groupByPrefix';
export type { PrefixGroup } from './tools/groupByPrefix';
export type { TextEdit } from './edits/textEdit';
export { applyTextEdits, joinEdits, spanningEdit } from './edits/textEdit';
export type { PathChange, PolicyEdit } from './edits/change';
export { unchanged } from './edits/change';
export { writeChanges, writeChangesAsEdit, type WrittenText } from './edits/writeChanges';
export { policyJsonSchema, policyJsonSchemaText } from './jsonSchema';
export { TOOL_DECISIONS, setDecision, setDecisions, decisionBlocker } from './edits/decision';
export type { ToolDecision } from './edits/decision';
export { decisionFinder, ownShownDecision } from './edits/shownDecision';
export type { ShownDecision } from './edits/shownDecision';
export { hideMatcher } from './edits/hideMatcher';
export {
  setDefault,
  setRule,
  removeRule,
  addPatternRule,
  setAllToolsLimits,
  setHide,
} from './edits/rules';
export { applyRecommended, countRuleChanges } from './edits/recommended';
export type { RuleChanges, RecommendedOptions } from './edits/recommended';
export { toolsWithoutRule } from './edits/keepExisting';
export {
  EFFECTIVE_DECISIONS,
  effectiveDecisionFinder,
  recommendedPreview,
} from './edits/recommendedPreview';
export type {
  DecisionMove,
  EffectiveDecision,
  PreviewBucket,
  RecommendedPreview,
} from './edits/recommendedPreview';
export { jsonEqual } from './simulate/jsonEqual';
export { simulateDetailed, testConditions } from './simulate/simulate';
export type { DetailedSimulation, RegexStep, SimulationWatch } from './simulate/simulate';
export type { CounterUse } from './simulate/counters';
export {
  DECISION_KINDS,
  DEFAULT_START,
  MAX_SCENARIO_CALLS,
  scenarioSchema,
  scenarioCallSchema,
  parseScenario,
  formatScenario,
  scenarioCalls,
} from './scenario/scenario';
export type { Scenario, ScenarioCall, ParseScenarioResult } from './scenario/scenario';
export { parseTrace, formatTrace } from './scenario/trace';
export type { ParsedTrace, TraceProblem } from './scenario/trace';
export { parseIsoTime } from './scenario/isoTime';
export { mulberry32 } from './scenario/prng';
export type { Random } from './scenario/prng';
export { sampleArgs } from './scenario/sampleArgs';
export { loopCalls, burstCalls, mixCalls } from './scenario/generators';
export type { LoopOptions, BurstOptions, MixOptions, MixTool } from './scenario/generators';
export { checkArgs } from './scenario/argsCheck';
export { summarizeRun } from './scenario/summary';
export type { RunSummary, ExpectationResult } from './scenario/summary';
export { toBase64Url, fromBase64Url } from './transfer/base64url';
export {
  encodeShareFragment,
  decodeShareFragment,
  isShareFragment,
  MAX_SHARE_BYTES,
} from './transfer/shareLink';
export type { SharedDocument, DecodeShareResult, EncodeShareResult } from './transfer/shareLink';
export { MAX_FILE_BYTES, checkFileInfo, checkFileText, formatBytes } from './transfer/fileChecks';
export type { FileInfo, FileCheck } from './transfer/fileChecks';
export { curlCommand, shellQuote } from './transfer/curl';
export { isCredentialHeader, maskCredentials, maskUrlCredentials } from './transfer/credentials';
export {
  readHeaderLines,
  readServerUrl,
  isLoopbackHost,
  isMixedContent,
} from './transfer/connectionInput';
export type { HeaderPair, ReadHeadersResult, ReadUrlResult } from './transfer/connectionInput';
export { describeConnectionFailure, corsAllowHeaders } from './transfer/connectionFailure';
export type {
  ConnectionFailure,
  ConnectionStage,
  FailureReport,
  FailureContext,
} from './transfer/connectionFailure';
export { prepareImport, documentKind } from './transfer/prepareImport';
export type { PreparedImport, DocumentKind } from './transfer/prepareImport';
export { counterSeries } from './scenario/counterSeries';
export type { CounterSeries, CounterPoint } from './scenario/counterSeries';
export { diffPolicies } from './diff/diffPolicies';
export type {
  PolicyDiff,
  DiffOptions,
  DiffSubjectKind,
  ToolChange,
  HideChange,
  Loosening,
  CallChange,
} from './diff/diffPolicies';
export type { LimitChange } from './diff/limitChanges';
export { describeLimit, describeLimitChange } from './diff/limitChanges';
export type { ConditionChange } from './diff/conditionChanges';
export { describeCondition } from './diff/conditionChanges';
export { TREATMENTS, treatmentFinder, defaultTreatment } from './diff/treatment';
export type { Treatment, ToolTreatment } from './diff/treatment';
export { exportCedar } from './cedar/exportCedar';
export type { CedarExport, CedarConfig, CedarUnsupported } from './cedar/exportCedar';
export { diffText } from './edits/textDiff';
export { parseJson, findNode } from './json';
export { Skimmer } from './json/skim';
export { rebaseSkimmer } from './json/rebaseSkim';
export { keepSkimmer, skimmerFor } from './json/skimmerFor';
export type { JsonNode, JsonPath } from './json';
export { reviewPolicy } from './review/reviewPolicy';
export type { ReviewOptions } from './review/reviewPolicy';
export { REVIEW_CODES } from './review/types';
export type { ReviewCode, ReviewFinding, ReviewFix } from './review/types';
export { secretHint } from './review/secrets';
export { summarizePolicy, summaryMarkdown, TREATMENT_TITLES } from './review/summary';
export type { PolicySummary, SummaryLine } from './review/summary';
export { riskMatrix, MATRIX_COLUMNS } from './review/matrix';
export type { RiskMatrix, RiskMatrixRow } from './review/matrix';
export { isPlainObject, ownValue, valueAt } from './values';
export { describeToolDecision } from './explain/describeRule';
export { conditionWords } from './explain/conditionWords';
export { exampleArgs } from './explain/exampleArgs';
export {
  CONDITION_WORDS,
  CONDITION_WORD_LABELS,
  WORD_OPERATORS,
  conditionWord,
  isListWord,
  isPresenceWord,
} from './conditions/words';
export type { ConditionWord } from './conditions/words';
export { escapeRegex, startsWithRegex, startsWithText } from './conditions/startsWith';
export { argumentTypes, UNKNOWN_TYPES } from './conditions/argumentType';
export type { ArgumentType, ArgumentTypes } from './conditions/argumentType';
export {
  EMPTY_DRAFT,
  conditionDraft,
  draftCondition,
  redraft,
  valueKind,
} from './conditions/draft';
export type { ConditionDraft, DraftResult, ValueKind } from './conditions/draft';
