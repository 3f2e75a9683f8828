import { fileURLToPath } from "node:url";

/** The monorepo root, found from this file so the tests run from any working directory. */
export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
