export type { JsonNode, JsonParseResult, JsonPath, JsonProperty } from './types';
export { parseJson, MAX_JSON_DEPTH } from './parseJson';
export { findNode, findKey } from './navigate';
export { lineIndex, positionAt, findingAt } from './positions';
export type { LineIndex, Position } from './positions';
export { quote } from './quote';
