import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../trpc.ts";

/** The class (its name, and whether the reader teaches it) and its assignments, loaded together. */
export function useClassHomework(classId: string) {
  const trpc = useTRPC();
  const classDetail = useQuery(trpc.classes.get.queryOptions({ classId }));
  const assignments = useQuery(trpc.homework.list.queryOptions({ classId }));
  const retry = () => {
    if (classDetail.isError) void classDetail.refetch();
    if (assignments.isError) void assignments.refetch();
  };
  if (classDetail.isError || assignments.isError) return { state: "error", error: classDetail.error ?? assignments.error, retry } as const;
  if (!classDetail.data || !assignments.data) return { state: "pending" } as const;
  return { state: "ready", classDetail: classDetail.data, assignments: assignments.data } as const;
}
