import { FileRejectedError } from "./errors.ts";
import { describeKinds, FILE_KIND_INFO, hasExtension, type FileKind } from "./file-kinds.ts";
import type { SniffedType } from "./sniff-file-kind.ts";

type Claim = {
  /** From the sanitized name; "" when it has none. */
  extension: string;
  /** The browser's Content-Type: only breaks a tie (text or CSV) when the name has no extension. */
  declaredType: string | undefined;
  allowed: readonly FileKind[];
};

const ZIP_LABEL = "a ZIP archive";
const OFFICE_KINDS: readonly FileKind[] = ["docx", "xlsx", "pptx"];

/**
 * Picks the kind a file is from what its bytes allow and what its name claims. Refused: a kind
 * outside the allow-list (type_not_allowed, even when the name agrees), and an extension that the
 * bytes contradict (type_mismatch, e.g. a PNG named .pdf).
 */
export function decideKind(candidates: readonly FileKind[], claim: Claim): FileKind {
  const [first] = candidates;
  if (first === undefined) throw notAllowed(claim.allowed, ZIP_LABEL);
  const { extension, declaredType, allowed } = claim;
  if (extension) {
    const named = candidates.find((kind) => hasExtension(kind, extension));
    if (named === undefined) {
      if (!candidates.some((kind) => allowed.includes(kind))) throw notAllowed(allowed, FILE_KIND_INFO[first].label);
      throw mismatch(extension, FILE_KIND_INFO[first].label);
    }
    if (!allowed.includes(named)) throw notAllowed(allowed, FILE_KIND_INFO[named].label);
    return named;
  }
  const permitted = candidates.filter((kind) => allowed.includes(kind));
  const chosen = permitted.find((kind) => declaredType !== undefined && sameMime(FILE_KIND_INFO[kind].mime, declaredType)) ?? permitted[0];
  if (chosen === undefined) throw notAllowed(allowed, FILE_KIND_INFO[first].label);
  return chosen;
}

/**
 * A ZIP is decided in two steps: at its first bytes, refuse it unless the name claims an allowed
 * Office format (so a plain archive is not read to the end); after the last byte, the entry names
 * found must include that format.
 */
export function checkZipClaim(claim: Claim): void {
  if (!claim.extension) {
    if (!OFFICE_KINDS.some((kind) => claim.allowed.includes(kind))) throw notAllowed(claim.allowed, ZIP_LABEL);
    return;
  }
  const named = OFFICE_KINDS.find((kind) => hasExtension(kind, claim.extension));
  if (named === undefined) throw notAllowed(claim.allowed, ZIP_LABEL);
  if (!claim.allowed.includes(named)) throw notAllowed(claim.allowed, FILE_KIND_INFO[named].label);
}

export function decideZipKind(officeKindsFound: ReadonlySet<FileKind>, claim: Claim): FileKind {
  return decideKind(
    OFFICE_KINDS.filter((kind) => officeKindsFound.has(kind)),
    claim,
  );
}

export function rejectForeign(sniffed: Extract<SniffedType, { verdict: "foreign" }>, claim: Claim): FileRejectedError {
  return notAllowed(claim.allowed, sniffed.label);
}

function notAllowed(allowed: readonly FileKind[], label: string): FileRejectedError {
  return new FileRejectedError({
    reason: "type_not_allowed",
    message: `Only ${describeKinds(allowed)} files can be uploaded; this file is ${label}.`,
  });
}

function mismatch(extension: string, label: string): FileRejectedError {
  return new FileRejectedError({
    reason: "type_mismatch",
    message: `The file's name ends in .${extension}, but the file is ${label}. Rename it or choose the right file.`,
  });
}

function sameMime(kindMime: string, declaredType: string): boolean {
  const essence = (mime: string) => mime.split(";")[0]?.trim().toLowerCase();
  return essence(kindMime) === essence(declaredType);
}
