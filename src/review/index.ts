// The review feature's public face: what other feature folders may use.
export { ReviewProblems, ReviewList } from './ReviewProblems';
export { ReviewSummary, SemanticDiff } from './lazyPanels';
export { MatrixFilterNote } from './MatrixFilterNote';
export { matrixCellNames } from './matrixCellFilter';
export { reviewOf } from './reviewOfState';
export { useReviewFindings } from './useReviewFindings';
