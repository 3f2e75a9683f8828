// Shapes of API answers, inferred from the router so they can never drift from the server.
import type { RouterOutputs } from "./trpc.ts";

export type Viewer = RouterOutputs["auth"]["me"];
export type ClassSummary = RouterOutputs["classes"]["list"][number];
export type ClassRole = NonNullable<ClassSummary["role"]>;
export type ClassDetail = RouterOutputs["classes"]["get"];
export type CannotPostReason = NonNullable<ClassDetail["cannotPostReason"]>;
export type ClassMember = RouterOutputs["classes"]["members"][number];
export type PersonToAdd = RouterOutputs["classes"]["findPeople"][number];
export type SchoolPerson = RouterOutputs["users"]["find"][number];
export type IssuedLoginCode = RouterOutputs["users"]["issueLoginCode"];
export type ActivityPage = RouterOutputs["audit"]["list"];
export type ActivityEntry = ActivityPage["entries"][number];
export type Message = RouterOutputs["messages"]["list"]["messages"][number];
