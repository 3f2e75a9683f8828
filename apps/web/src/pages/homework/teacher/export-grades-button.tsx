import { CsvDownloadButton } from "../../../components/csv-download-button.tsx";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import { useTRPCClient } from "../../../trpc.ts";

/** The class's grade book as a CSV file. */
export function ExportGradesButton({ classId }: { classId: string }) {
  const { messages } = useI18n();
  const client = useTRPCClient();
  return <CsvDownloadButton label={messages.homework.exportGrades} failedText={messages.homework.exportFailed} fetchCsv={() => client.homework.gradesCsv.query({ classId })} />;
}
