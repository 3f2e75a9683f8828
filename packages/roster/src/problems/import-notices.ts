// How each notice of an import is worded (see problem-catalog.ts): not a problem, something the
// admin should know about what was read.
import type { ProblemWording } from "./problem-wording.ts";

export const IMPORT_NOTICES = {
  skippedAbsent: {
    en: ([file]) => `${file} is skipped: the manifest lists it as absent.`,
    fa: ([file]) => `${file} خوانده نشد: در manifest با حالت absent آمده است.`,
  },
  notUsed: {
    en: ([files]) => `Not used by Zang and not read: ${files}.`,
    fa: ([files]) => `این‌ها در زنگ به کار نمی‌روند و خوانده نشدند: ${files}.`,
  },
} satisfies Record<string, ProblemWording>;
