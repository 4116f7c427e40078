import { WorkbookError } from "../port/workbook-port";

/**
 * Why a file could not be opened as .xlsx, as a stable key in WorkbookError.detail; the command
 * line and the workbench turn it into words.
 */
export type UnreadableReason = "empty" | "encrypted" | "legacy-xls" | "not-zip" | "not-xlsx" | "corrupt";

const MESSAGES: Record<UnreadableReason, string> = {
  empty: "The file is empty",
  encrypted: "The workbook is protected with a password (encrypted)",
  "legacy-xls": "This is an old .xls workbook, not .xlsx",
  "not-zip": "This is not an .xlsx workbook (for example a .csv or .html file renamed)",
  "not-xlsx": "This archive holds no Excel workbook (for example a .docx or .ods file)",
  corrupt: "The .xlsx file is damaged",
};

export function unreadable(reason: UnreadableReason, cause?: unknown): WorkbookError {
  const why = cause instanceof Error ? `: ${cause.message}` : "";
  return new WorkbookError("UNREADABLE_FILE", `${MESSAGES[reason]}${why}`, reason);
}

/** Looks at the first bytes: a zip starts with "PK"; .xls and encrypted .xlsx are OLE compound files. */
export function sniffUnreadable(bytes: Uint8Array): UnreadableReason | null {
  if (bytes.length === 0) return "empty";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return null;
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (ole.every((b, i) => bytes[i] === b)) {
    // Office encrypts .xlsx into an OLE file whose directory names an "EncryptionInfo" stream.
    return containsUtf16(bytes, "EncryptionInfo") ? "encrypted" : "legacy-xls";
  }
  return "not-zip";
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  // The directory sits in the first sectors; a bounded search keeps a large .xls cheap.
  const limit = Math.min(bytes.length, 4 * 1024 * 1024) - needle.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
