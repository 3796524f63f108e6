import { checkFileInfo, checkFileText } from '../core';

export type ReadFileResult =
  { ok: true; text: string; name: string } | { ok: false; error: string };

/** Lets the browser paint (a status line) before a long synchronous step. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Reads a file as text after the size and kind checks; refusals are values, never exceptions. */
export async function readTextFile(file: File): Promise<ReadFileResult> {
  const info = checkFileInfo(file);
  if (!info.ok) return info;
  let text: string;
  try {
    text = await file.text();
  } catch {
    return {
      ok: false,
      error: `"${file.name}" could not be read (it may have been moved or deleted).`,
    };
  }
  const check = checkFileText(text, file.name);
  return check.ok ? { ok: true, text, name: file.name } : check;
}

/** The first file of a drop or a file input, if any. */
export function firstFile(files: FileList | null | undefined): File | null {
  return files && files.length > 0 ? (files[0] ?? null) : null;
}
