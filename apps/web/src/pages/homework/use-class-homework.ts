import { useQuery } from "@tanstack/react-query";
import { queriesTogether } from "../../lib/queries-together.ts";
import { useTRPC } from "../../trpc.ts";

/** The class (its name, and whether the reader teaches it) and its assignments, loaded together. */
export function useClassHomework(classId: string) {
  const trpc = useTRPC();
  const classDetail = useQuery(trpc.classes.get.queryOptions({ classId }));
  const assignments = useQuery(trpc.homework.list.queryOptions({ classId }));
  const together = queriesTogether(classDetail, assignments);
  return together.state === "ready" ? ({ state: "ready", classDetail: together.first, assignments: together.second } as const) : together;
}
