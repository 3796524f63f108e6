// The review feature's public face: what other feature folders may use.
export { ReviewProblems, ReviewList } from './ReviewProblems';
export { ReviewSummary, RiskMatrixTable } from './ReviewSummary';
export { MatrixFilterNote } from './MatrixFilterNote';
export { matrixCellNames } from './matrixCellFilter';
export { SemanticDiff } from './SemanticDiff';
export { reviewOf } from './reviewOfState';
export { useReviewFindings } from './useReviewFindings';
