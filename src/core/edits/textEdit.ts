/** A replacement of `length` characters at `offset` by `content` (the shape Monaco and jsonc-parser use). */
export interface TextEdit {
  offset: number;
  length: number;
  content: string;
}
