import { useMutation } from "@tanstack/react-query";
import { Alert, Button } from "@zang/ui";
import { saveTextFile } from "../lib/save-file.ts";

/**
 * Fetches a CSV report from the API and saves it as a file (the server adds the BOM Excel needs
 * for Persian names), with a busy button while it comes and an alert if it does not.
 */
export function CsvDownloadButton({ label, failedText, fetchCsv }: { label: string; failedText: string; fetchCsv: () => Promise<{ filename: string; csv: string }> }) {
  const download = useMutation({
    mutationFn: fetchCsv,
    onSuccess: ({ filename, csv }) => saveTextFile({ filename, text: csv, type: "text/csv;charset=utf-8" }),
  });
  return (
    <>
      <Button variant="secondary" isBusy={download.isPending} onClick={() => download.mutate()}>
        {label}
      </Button>
      {download.isError && <Alert tone="error" title={failedText} />}
    </>
  );
}
