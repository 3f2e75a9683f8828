// Shapes of the homework API's answers, inferred from the router so they cannot drift.
import type { RouterOutputs } from "../../trpc.ts";

export type Assignment = RouterOutputs["homework"]["list"][number];
export type SubmissionStatus = NonNullable<Assignment["status"]>;
export type MySubmission = RouterOutputs["homework"]["mine"];
export type SubmissionRow = RouterOutputs["homework"]["submissions"]["rows"][number];
