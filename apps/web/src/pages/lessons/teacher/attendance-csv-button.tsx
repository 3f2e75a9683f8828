import { CsvDownloadButton } from "../../../components/csv-download-button.tsx";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import { useTRPCClient } from "../../../trpc.ts";

/** The lesson's attendance report as a CSV file. */
export function AttendanceCsvButton({ lessonId }: { lessonId: string }) {
  const { messages } = useI18n();
  const client = useTRPCClient();
  const text = messages.lessons.attendance;
  return <CsvDownloadButton label={text.download} failedText={text.downloadFailed} fetchCsv={() => client.lessons.attendanceCsv.query({ lessonId })} />;
}
