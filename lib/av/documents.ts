/**
 * What a file uploaded as a download is, read from its bytes (never its name or the browser's
 * claim): documents a newsroom publishes are accepted, anything else is refused with a message.
 * Binary formats come from `file-type`; plain text and CSV have no signature, so they are what
 * is left once no binary type matched: valid UTF-8 without NUL bytes, read to the end.
 *
 * Not accepted, on purpose: ZIP archives and old Office files (.doc/.xls, OLE containers) can
 * carry executables or macros, and nothing in a story needs them that a PDF or DOCX cannot do.
 */
import { createReadStream } from 'node:fs';
import { fileTypeFromFile } from 'file-type';

export interface DocumentType {
  /** The stored file's extension: `document.{ext}`. */
  ext: string;
  mime: string;
  /** What readers see in the download block, e.g. "PDF". */
  label: string;
}

export type DocumentOutcome = { ok: true; type: DocumentType } | { ok: false; reason: string };

const ACCEPTED: Record<string, DocumentType> = {
  pdf: { ext: 'pdf', mime: 'application/pdf', label: 'PDF' },
  docx: {
    ext: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word document',
  },
  xlsx: {
    ext: 'xlsx',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel sheet',
  },
  pptx: {
    ext: 'pptx',
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    label: 'PowerPoint presentation',
  },
  odt: { ext: 'odt', mime: 'application/vnd.oasis.opendocument.text', label: 'OpenDocument text' },
  ods: { ext: 'ods', mime: 'application/vnd.oasis.opendocument.spreadsheet', label: 'OpenDocument spreadsheet' },
  odp: { ext: 'odp', mime: 'application/vnd.oasis.opendocument.presentation', label: 'OpenDocument presentation' },
  epub: { ext: 'epub', mime: 'application/epub+zip', label: 'EPUB book' },
};

const TEXT: DocumentType = { ext: 'txt', mime: 'text/plain; charset=utf-8', label: 'Text' };
const CSV: DocumentType = { ext: 'csv', mime: 'text/csv; charset=utf-8', label: 'CSV table' };

export const ACCEPTED_DOCUMENTS =
  'PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), OpenDocument (ODT, ODS, ODP), EPUB, CSV or plain text';

const REFUSED = `This file type is not accepted for downloads: upload ${ACCEPTED_DOCUMENTS}. The type is read from the file itself, not its name.`;

/** Whether the whole file is UTF-8 text without NUL bytes (streamed: files may be 100 MB). */
export async function isUtf8Text(file: string): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      const bytes = chunk as Buffer;
      if (bytes.includes(0)) return false;
      decoder.decode(bytes, { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * The document type of a stored file. `originalName` only chooses between CSV and plain text,
 * which have the same bytes, and refuses text under another type's name; it never makes a file
 * acceptable.
 */
export async function detectDocument(file: string, originalName: string, bytes: number): Promise<DocumentOutcome> {
  if (bytes === 0) return { ok: false, reason: 'The file is empty.' };
  let detected: { ext: string; mime: string } | undefined;
  try {
    detected = await fileTypeFromFile(file);
  } catch {
    return { ok: false, reason: 'The file could not be read: it is damaged.' };
  }
  if (detected) {
    const type = ACCEPTED[detected.ext];
    if (type) return { ok: true, type };
    if (detected.mime.startsWith('video/') || detected.mime.startsWith('audio/'))
      return { ok: false, reason: 'This is a video or audio file: upload it as video or audio, not as a file.' };
    if (detected.mime.startsWith('image/'))
      return { ok: false, reason: 'This is a picture: upload it with the picture form.' };
    return { ok: false, reason: `${REFUSED} (This one is ${detected.ext.toUpperCase()}.)` };
  }
  if (!(await isUtf8Text(file))) return { ok: false, reason: REFUSED };
  // Text has no signature, so its name must not claim something else: a "report.pdf" or
  // "setup.exe" that holds text is a mistake or a trick, and readers would get the wrong thing.
  const ext = extensionOf(originalName);
  if (ext && !TEXT_EXTENSIONS.has(ext))
    return {
      ok: false,
      reason: `The file is named .${ext} but holds plain text. Upload it as .txt or .csv, or upload the real ${ext.toUpperCase()} file.`,
    };
  return { ok: true, type: ext === 'csv' || ext === 'tsv' ? CSV : TEXT };
}

/** Names that plain text may carry. */
const TEXT_EXTENSIONS = new Set(['txt', 'text', 'csv', 'tsv', 'md']);

/** The lower-case extension of a file name, or '' for none. */
export function extensionOf(name: string): string {
  return /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1].toLowerCase() ?? '';
}

/** The download name: the uploader's, with the extension of what the file really is. */
export function downloadName(originalName: string, type: DocumentType): string {
  const ext = extensionOf(originalName);
  if (ext === type.ext || (type.ext === 'txt' && TEXT_EXTENSIONS.has(ext))) return originalName;
  const base = ext ? originalName.slice(0, -(ext.length + 1)) : originalName;
  return `${base || 'document'}.${type.ext}`;
}
