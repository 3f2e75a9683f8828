import { useQuery } from "@tanstack/react-query";
import { queriesTogether } from "../../lib/queries-together.ts";
import { useTRPC } from "../../trpc.ts";

/**
 * The class (its name, and whether the reader teaches it) and its lessons, loaded together. The
 * lessons are re-read every `refreshMs` so a student sees "live" and "ended" without reloading.
 */
export function useClassLessons(classId: string, { refreshMs }: { refreshMs: number }) {
  const trpc = useTRPC();
  const classDetail = useQuery(trpc.classes.get.queryOptions({ classId }));
  const lessons = useQuery(trpc.lessons.list.queryOptions({ classId }, { staleTime: 0, refetchInterval: refreshMs }));
  const together = queriesTogether(classDetail, lessons);
  return together.state === "ready" ? ({ state: "ready", classDetail: together.first, lessons: together.second } as const) : together;
}
