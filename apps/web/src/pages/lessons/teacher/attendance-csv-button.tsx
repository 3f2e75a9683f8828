import { useMutation } from "@tanstack/react-query";
import { Alert, Button } from "@zang/ui";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import { useTRPCClient } from "../../../trpc.ts";
import { saveTextFile } from "../../homework/teacher/save-text-file.ts";

/** The attendance report as a CSV file (the server adds the BOM Excel needs for Persian names). */
export function AttendanceCsvButton({ lessonId }: { lessonId: string }) {
  const { messages } = useI18n();
  const text = messages.lessons.attendance;
  const client = useTRPCClient();
  const download = useMutation({
    mutationFn: () => client.lessons.attendanceCsv.query({ lessonId }),
    onSuccess: ({ filename, csv }) => saveTextFile({ filename, text: csv, type: "text/csv;charset=utf-8" }),
  });
  return (
    <>
      <Button variant="secondary" isBusy={download.isPending} onClick={() => download.mutate()}>
        {text.download}
      </Button>
      {download.isError && <Alert tone="error" title={text.downloadFailed} />}
    </>
  );
}
