// The review feature's public face: what other feature folders may use.
export { ReviewProblems, ReviewList } from './ReviewProblems';
export { DraftSemanticDiff, ReviewSummary, SemanticDiff } from './lazyPanels';
export { MatrixFilterNote } from './MatrixFilterNote';
