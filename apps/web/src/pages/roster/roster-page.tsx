import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Badge, Button, Card, Checkbox, EmptyState, LinkButton, Page } from "@zang/ui";
import { useId, useState } from "react";
import { readSessionToken } from "../../auth/session.ts";
import { LoadError } from "../../components/load-error.tsx";
import { Loading } from "../../components/loading.tsx";
import { formatDateTime } from "../../format/format-date.ts";
import { formatNumber } from "../../format/format-number.ts";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import { DocumentTitle } from "../../lib/document-title.tsx";
import { routeHref } from "../../routing/route.ts";
import { useTRPC, useTRPCClient } from "../../trpc.ts";
import { statusTone } from "./roster-format.ts";
import { ROSTER_MESSAGES } from "./roster-messages.ts";
import { saveBlob } from "../../lib/save-file.ts";
import { isTooLarge, RosterTransferError, uploadRoster } from "./roster-transfer.ts";
import "./roster.css";

/** School admins: upload a roster (zip or CSV) with a progress bar, and see recent imports. */
export function RosterPage() {
  const { locale } = useI18n();
  const text = ROSTER_MESSAGES[locale];
  return (
    <Page title={text.title} description={text.description} width="wide">
      <DocumentTitle page={text.title} />
      <div className="roster-page">
        <UploadCard />
        <TemplateCard />
        <JobsCard />
      </div>
    </Page>
  );
}

function UploadCard() {
  const { locale } = useI18n();
  const text = ROSTER_MESSAGES[locale];
  const inputId = useId();
  const queryClient = useQueryClient();
  const trpc = useTRPC();
  const [file, setFile] = useState<File | null>(null);
  const [options, setOptions] = useState({ dryRun: true, skipInvalid: false, resetCodes: false });
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onUpload() {
    if (!file) return;
    if (isTooLarge(file)) return setError(text.tooLarge);
    setError(null);
    setProgress(0);
    try {
      const { jobId } = await uploadRoster({ file, token: readSessionToken(), options, onProgress: setProgress });
      await queryClient.invalidateQueries(trpc.roster.jobs.queryFilter());
      window.location.hash = routeHref({ name: "roster-job", jobId });
    } catch (failure) {
      setError(failure instanceof RosterTransferError && failure.message ? failure.message : text.uploadFailed);
    } finally {
      setProgress(null);
    }
  }

  const isUploading = progress !== null;
  return (
    <Card title={text.upload}>
      <div className="roster-upload">
        <label htmlFor={inputId}>{text.chooseFile}</label>
        <input id={inputId} type="file" accept=".zip,.csv,.txt,application/zip,text/csv" disabled={isUploading} onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        <Checkbox label={text.dryRun} checked={options.dryRun} disabled={isUploading} onChange={(event) => setOptions({ ...options, dryRun: event.target.checked })} />
        <Checkbox label={text.skipInvalid} checked={options.skipInvalid} disabled={isUploading} onChange={(event) => setOptions({ ...options, skipInvalid: event.target.checked })} />
        <Checkbox label={text.resetCodes} checked={options.resetCodes} disabled={isUploading} onChange={(event) => setOptions({ ...options, resetCodes: event.target.checked })} />
        {isUploading ? (
          <div className="roster-progress" role="status">
            <progress max={1} value={progress} aria-label={text.uploading} />
            <span>
              {text.uploading} {formatNumber(Math.round(progress * 100), locale)}٪
            </span>
          </div>
        ) : null}
        {error ? <Alert tone="error">{error}</Alert> : null}
        <div>
          <Button onClick={() => void onUpload()} disabled={!file || isUploading} isBusy={isUploading}>
            {text.upload}
          </Button>
        </div>
      </div>
    </Card>
  );
}

function TemplateCard() {
  const { locale } = useI18n();
  const text = ROSTER_MESSAGES[locale];
  const client = useTRPCClient();
  const download = useMutation({
    mutationFn: async (language: "fa" | "en") => {
      const csv = await client.roster.template.query({ language });
      saveBlob(new Blob([csv], { type: "text/csv;charset=utf-8" }), `roster-template-${language}.csv`);
    },
  });
  return (
    <Card title={text.templateTitle}>
      <p>{text.templateText}</p>
      <div className="roster-actions">
        <Button variant="secondary" onClick={() => download.mutate("fa")}>
          {text.templateFa}
        </Button>
        <Button variant="secondary" onClick={() => download.mutate("en")}>
          {text.templateEn}
        </Button>
      </div>
      {download.isError ? <Alert tone="error">{text.downloadFailed}</Alert> : null}
    </Card>
  );
}

function JobsCard() {
  const { locale } = useI18n();
  const text = ROSTER_MESSAGES[locale];
  const trpc = useTRPC();
  const jobs = useQuery(trpc.roster.jobs.queryOptions({ limit: 20 }, { refetchInterval: (query) => (query.state.data?.some((job) => job.status === "running" || job.status === "queued") ? 2000 : false) }));
  return (
    <Card title={text.jobsTitle}>
      {jobs.isPending ? (
        <Loading />
      ) : jobs.isError ? (
        <LoadError title={text.loadFailed} error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : jobs.data.length === 0 ? (
        <EmptyState title={text.noJobs} />
      ) : (
        <ul className="roster-jobs">
          {jobs.data.map((job) => (
            <li key={job.id}>
              <div>
                <strong>{job.fileName}</strong> <Badge tone={statusTone(job.status)}>{text.status[job.status]}</Badge>
                {job.dryRun ? <Badge>{text.dryRunBadge}</Badge> : null}
                <div className="roster-muted">
                  {formatDateTime(job.createdAt, { locale })} · {text.by} {job.actor} · {formatNumber(job.rowsRead, locale)} {text.rowsRead}
                </div>
              </div>
              <LinkButton variant="ghost" href={routeHref({ name: "roster-job", jobId: job.id })}>
                {text.open}
              </LinkButton>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
