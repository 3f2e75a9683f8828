/**
 * A Content-Disposition value that keeps a Persian name intact: modern browsers read the RFC 6266
 * `filename*` (UTF-8, percent-encoded); the quoted `filename` is an ASCII stand-in for old ones.
 */
export function contentDisposition(filename: string, disposition: "attachment" | "inline" = "attachment"): string {
  const asciiFallback = filename.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  // encodeURIComponent leaves ' ( ) * alone, but RFC 5987 does not allow them unencoded.
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}
