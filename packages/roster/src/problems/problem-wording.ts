export type ProblemLocale = "en" | "fa";

/** A problem's sentence in each language, from its arguments; `count` writes digits as the reader does. */
export type ProblemWording = Record<ProblemLocale, (args: readonly string[], count: (digits: string) => string) => string>;
