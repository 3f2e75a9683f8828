/**
 * The kinds of file the product accepts. A kind is decided from the bytes (see sniff-file-kind.ts)
 * and must agree with the name's extension; its MIME type is what we store and serve.
 */
export type FileKind =
  | "pdf"
  | "png"
  | "jpeg"
  | "gif"
  | "webp"
  | "docx"
  | "xlsx"
  | "pptx"
  | "text"
  | "csv"
  | "mp3"
  | "m4a"
  | "ogg"
  | "mp4"
  | "webm";

/** How an error message groups kinds: "Only PDF, images and text files can be uploaded". */
type KindGroup = "pdf" | "image" | "office" | "text" | "audio" | "video";

type FileKindInfo = {
  mime: string;
  /** Lower-case, without the dot; the first one is the usual one. */
  extensions: readonly string[];
  /** Read in "this file is …". */
  label: string;
  group: KindGroup;
};

export const FILE_KIND_INFO: Readonly<Record<FileKind, FileKindInfo>> = {
  pdf: { mime: "application/pdf", extensions: ["pdf"], label: "a PDF", group: "pdf" },
  png: { mime: "image/png", extensions: ["png"], label: "a PNG image", group: "image" },
  jpeg: { mime: "image/jpeg", extensions: ["jpg", "jpeg", "jfif"], label: "a JPEG image", group: "image" },
  gif: { mime: "image/gif", extensions: ["gif"], label: "a GIF image", group: "image" },
  webp: { mime: "image/webp", extensions: ["webp"], label: "a WebP image", group: "image" },
  docx: {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: ["docx"],
    label: "a Word document",
    group: "office",
  },
  xlsx: {
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extensions: ["xlsx"],
    label: "an Excel workbook",
    group: "office",
  },
  pptx: {
    mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    extensions: ["pptx"],
    label: "a PowerPoint presentation",
    group: "office",
  },
  text: { mime: "text/plain; charset=utf-8", extensions: ["txt", "text", "md"], label: "a text file", group: "text" },
  csv: { mime: "text/csv; charset=utf-8", extensions: ["csv"], label: "a CSV file", group: "text" },
  mp3: { mime: "audio/mpeg", extensions: ["mp3"], label: "an MP3 recording", group: "audio" },
  m4a: { mime: "audio/mp4", extensions: ["m4a"], label: "an M4A recording", group: "audio" },
  ogg: { mime: "audio/ogg", extensions: ["ogg", "oga", "opus"], label: "an Ogg recording", group: "audio" },
  mp4: { mime: "video/mp4", extensions: ["mp4", "m4v"], label: "an MP4 video", group: "video" },
  webm: { mime: "video/webm", extensions: ["webm"], label: "a WebM video", group: "video" },
};

export const FILE_KINDS = Object.keys(FILE_KIND_INFO) as readonly FileKind[];

const OFFICE_NAMES: Partial<Record<FileKind, string>> = { docx: "Word", xlsx: "Excel", pptx: "PowerPoint" };

/** "PDF, images, Word/Excel/PowerPoint and text" — the allow-list as a person would say it. */
export function describeKinds(kinds: readonly FileKind[]): string {
  const parts: string[] = [];
  const seen = new Set<KindGroup>();
  for (const kind of FILE_KINDS) {
    if (!kinds.includes(kind)) continue;
    const { group } = FILE_KIND_INFO[kind];
    if (seen.has(group)) continue;
    seen.add(group);
    parts.push(describeGroup(group, kinds));
  }
  if (parts.length <= 1) return parts[0] ?? "no";
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

function describeGroup(group: KindGroup, kinds: readonly FileKind[]): string {
  switch (group) {
    case "pdf":
      return "PDF";
    case "image":
      return "images";
    case "office":
      return kinds.flatMap((kind) => OFFICE_NAMES[kind] ?? []).join("/");
    case "text":
      return "text";
    case "audio":
      return "audio";
    case "video":
      return "video";
  }
}

/**
 * The extension after the last dot, lower-cased; "" when there is none. "Chapter 3.2" has none:
 * an extension is up to 10 ASCII letters and digits with at least one letter.
 */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  return /^(?=.*[a-z])[a-z0-9]{1,10}$/.test(extension) ? extension : "";
}

export function hasExtension(kind: FileKind, extension: string): boolean {
  return FILE_KIND_INFO[kind].extensions.includes(extension);
}
