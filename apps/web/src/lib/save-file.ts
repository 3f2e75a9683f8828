/** Hands a blob to the browser as a download, named as given. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Hands text to the browser as a download, named as given. */
export function saveTextFile({ filename, text, type }: { filename: string; text: string; type: string }): void {
  saveBlob(new Blob([text], { type }), filename);
}
