/** Largest file read, in bytes (10 MB, the same bound as a policy text). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** What the browser says about a file before it is read. */
export interface FileInfo {
  name: string;
  size: number;
  /** The MIME type the browser guessed; often empty. */
  type: string;
}

export type FileCheck = { ok: true } | { ok: false; error: string };

// Types browsers give files that are surely not JSON; an empty or unknown type is sniffed instead.
const BINARY_TYPE =
  /^(image|audio|video|font)\/|^application\/(pdf|zip|gzip|x-gzip|x-tar|x-7z-compressed|x-rar-compressed|x-bzip2?|octet-stream|wasm|x-msdownload|msword|vnd\.)/i;
const BINARY_EXTENSION =
  /\.(png|jpe?g|gif|webp|bmp|ico|pdf|zip|gz|tgz|tar|7z|rar|bz2|xz|exe|dll|so|dylib|wasm|bin|docx?|xlsx?|pptx?|mp[34]|wav|ogg|mov|avi|woff2?|ttf|otf)$/i;
/** How much of a text is looked at to tell text from binary. */
const SNIFF_LENGTH = 65_536;

/** Sizes as people read them: 512 bytes, 3.4 KB, 12.1 MB (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Checks a file before reading it: not too large, not empty, not an obvious binary. */
export function checkFileInfo(file: FileInfo): FileCheck {
  const name = `"${file.name}"`;
  if (file.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      error: `${name} is ${formatBytes(file.size)}; files over ${formatBytes(MAX_FILE_BYTES)} are not read.`,
    };
  }
  if (BINARY_TYPE.test(file.type) || BINARY_EXTENSION.test(file.name)) {
    return {
      ok: false,
      error: `${name} is not a text file${file.type ? ` (${file.type})` : ''}; choose a JSON file.`,
    };
  }
  if (file.size === 0) return { ok: false, error: `${name} is empty.` };
  return { ok: true };
}

/**
 * Checks the text read from a file (decoded as UTF-8, where bad bytes become U+FFFD): a NUL
 * character or many replacement characters mean the file was not text.
 */
export function checkFileText(text: string, name: string): FileCheck {
  const head = text.slice(0, SNIFF_LENGTH);
  if (head.includes('\u0000')) {
    return {
      ok: false,
      error: `"${name}" is not a text file (it holds binary data); choose a JSON file.`,
    };
  }
  let replaced = 0;
  for (let i = head.indexOf('\uFFFD'); i !== -1; i = head.indexOf('\uFFFD', i + 1)) replaced++;
  if (replaced > 8 && replaced > head.length / 100) {
    return {
      ok: false,
      error: `"${name}" is not UTF-8 text; save it as UTF-8 (the encoding JSON uses) and try again.`,
    };
  }
  if (text.trim() === '') return { ok: false, error: `"${name}" holds only white space.` };
  return { ok: true };
}
