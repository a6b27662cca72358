import { invalid } from '@vigil/core';

/** A file name safe to store and to put in a Content-Disposition header: no folders, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? '';
  const cleaned = [...base]
    .filter((ch) => ch >= ' ' && ch !== '\u007f' && ch !== '"')
    .join('')
    .trim()
    .slice(0, 255);
  if (!cleaned) throw invalid('file', 'file: the file needs a name');
  return cleaned;
}
