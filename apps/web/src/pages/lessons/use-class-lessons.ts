import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../trpc.ts";

/**
 * The class (its name, and whether the reader teaches it) and its lessons, loaded together. The
 * lessons are re-read every `refreshMs` so a student sees "live" and "ended" without reloading.
 */
export function useClassLessons(classId: string, { refreshMs }: { refreshMs: number }) {
  const trpc = useTRPC();
  const classDetail = useQuery(trpc.classes.get.queryOptions({ classId }));
  const lessons = useQuery(trpc.lessons.list.queryOptions({ classId }, { staleTime: 0, refetchInterval: refreshMs }));
  const retry = () => {
    if (classDetail.isError) void classDetail.refetch();
    if (lessons.isError) void lessons.refetch();
  };
  if (classDetail.isError || lessons.isError) return { state: "error", error: classDetail.error ?? lessons.error, retry } as const;
  if (!classDetail.data || !lessons.data) return { state: "pending" } as const;
  return { state: "ready", classDetail: classDetail.data, lessons: lessons.data } as const;
}
