import { useMutation } from "@tanstack/react-query";
import { Alert, Button } from "@zang/ui";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import { useTRPCClient } from "../../../trpc.ts";
import { saveTextFile } from "./save-text-file.ts";

/** The class's grade book as a CSV file (the server adds the BOM Excel needs for Persian names). */
export function ExportGradesButton({ classId }: { classId: string }) {
  const { messages } = useI18n();
  const client = useTRPCClient();
  const exportGrades = useMutation({
    mutationFn: () => client.homework.gradesCsv.query({ classId }),
    onSuccess: ({ filename, csv }) => saveTextFile({ filename, text: csv, type: "text/csv;charset=utf-8" }),
  });
  return (
    <>
      <Button variant="secondary" isBusy={exportGrades.isPending} onClick={() => exportGrades.mutate()}>
        {messages.homework.exportGrades}
      </Button>
      {exportGrades.isError && <Alert tone="error" title={messages.homework.exportFailed} />}
    </>
  );
}
