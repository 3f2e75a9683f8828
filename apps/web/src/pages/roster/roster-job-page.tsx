import { useMutation, useQuery } from "@tanstack/react-query";
import { Alert, Badge, Button, Card, LinkButton, Page } from "@zang/ui";
import { readSessionToken } from "../../auth/session.ts";
import { LoadError } from "../../components/load-error.tsx";
import { Loading } from "../../components/loading.tsx";
import { formatDateTime } from "../../format/format-date.ts";
import { formatNumber } from "../../format/format-number.ts";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import { DIRECTIONS } from "../../i18n/locales.ts";
import { DocumentTitle } from "../../lib/document-title.tsx";
import { routeHref } from "../../routing/route.ts";
import { useTRPC } from "../../trpc.ts";
import { isActive, jobCounts, jobNote, nextSteps, readFraction, statusTone } from "./roster-format.ts";
import { ROSTER_MESSAGES } from "./roster-messages.ts";
import { downloadJobFile } from "./roster-transfer.ts";
import "./roster.css";

/** One import: live progress while it runs, then what it did (or would do) and its problems. */
export function RosterJobPage({ jobId }: { jobId: string }) {
  const { locale } = useI18n();
  const text = ROSTER_MESSAGES[locale];
  const trpc = useTRPC();
  // Problems come worded in the page's language.
  const job = useQuery(trpc.roster.job.queryOptions({ jobId, language: locale }, { refetchInterval: (query) => (query.state.data && isActive(query.state.data.status) ? 1000 : false) }));
  const rerun = useMutation(
    trpc.roster.rerun.mutationOptions({
      onSuccess: ({ jobId: next }) => {
        window.location.hash = routeHref({ name: "roster-job", jobId: next });
      },
    }),
  );
  const download = useMutation({ mutationFn: (kind: "errors" | "login-codes") => downloadJobFile({ jobId, kind, language: locale, token: readSessionToken() }) });
  const back = (
    <LinkButton variant="ghost" href={routeHref({ name: "roster" })}>
      {text.back}
    </LinkButton>
  );
  if (job.isPending) return <Loading />;
  if (job.isError) return <LoadError title={text.loadFailed} error={job.error} onRetry={() => void job.refetch()} />;

  const data = job.data;
  const counts = jobCounts(data.counts);
  const fraction = readFraction(data);
  const note = jobNote(data, { notes: text.statusNote, locale });
  const steps = nextSteps(data);
  return (
    <Page title={`${text.jobTitle}: ${data.fileName}`} actions={back} width="wide">
      <DocumentTitle page={`${text.jobTitle}: ${data.fileName}`} />
      <div className="roster-page">
        <Card
          title={
            <>
              <Badge tone={statusTone(data.status)}>{text.status[data.status]}</Badge> {data.dryRun ? <Badge>{text.dryRunBadge}</Badge> : null}
            </>
          }
        >
          <p className="roster-muted">
            {formatDateTime(data.createdAt, { locale })} · {text.by} {data.actor}
          </p>
          {isActive(data.status) ? (
            <div className="roster-progress" role="status" aria-live="polite">
              <progress max={1} value={fraction ?? undefined} aria-label={text.phase[data.phase] ?? data.phase} />
              <span>
                {text.phase[data.phase] ?? data.phase} · {formatNumber(data.rowsRead, locale)} {text.rowsRead}
              </span>
            </div>
          ) : null}
          {/* A dry run's own note is the counts' caption. */}
          {note ? (
            <Alert tone={data.status === "refused" || data.status === "failed" ? "error" : "info"}>
              <span lang={note.language} dir={DIRECTIONS[note.language]}>
                {note.text}
              </span>
            </Alert>
          ) : null}
          {counts ? <CountsTable counts={counts} isDryRun={data.dryRun} /> : null}
          {counts?.notices.map((notice) => (
            <Alert key={notice.message} tone="info">
              <span lang={notice.language} dir={DIRECTIONS[notice.language]}>
                {notice.message}
              </span>
            </Alert>
          ))}
          {data.loginCodeCount > 0 ? (
            <Alert tone="info">
              <p>{text.codesHint(formatNumber(data.loginCodeCount, locale))}</p>
              <Button onClick={() => download.mutate("login-codes")}>{text.downloadCodes}</Button>
            </Alert>
          ) : null}
          <div className="roster-actions">
            {steps.runForReal ? (
              <Button isBusy={rerun.isPending} onClick={() => rerun.mutate({ fromJobId: data.id, dryRun: false, skipInvalid: data.skipInvalid, resetCodes: data.resetCodes })}>
                {text.runForReal}
              </Button>
            ) : null}
            {steps.runSkipping ? (
              <Button variant="secondary" isBusy={rerun.isPending} onClick={() => rerun.mutate({ fromJobId: data.id, dryRun: data.dryRun, skipInvalid: true, resetCodes: data.resetCodes })}>
                {text.runSkipping}
              </Button>
            ) : null}
          </div>
          {rerun.isError ? <Alert tone="error">{rerun.error.message}</Alert> : null}
          {download.isError ? <Alert tone="error">{text.downloadFailed}</Alert> : null}
        </Card>
        {isActive(data.status) ? null : (
          <Card title={text.problemsTitle} aside={data.errorCount > 0 ? <Button variant="secondary" onClick={() => download.mutate("errors")}>{text.downloadErrors}</Button> : undefined}>
            {data.errorCount === 0 ? (
              <p>{text.noProblems}</p>
            ) : (
              <>
                {data.errorCount > data.errors.length ? <p className="roster-muted">{text.problemsShown(data.errors.length, data.errorCount)}</p> : null}
                <div className="roster-table-wrap">
                  <table className="roster-table">
                    <thead>
                      <tr>
                        <th>{text.file}</th>
                        <th>{text.line}</th>
                        <th>{text.column}</th>
                        <th>{text.message}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.errors.map((error, index) => (
                        <tr key={index}>
                          <td dir="ltr">{error.file}</td>
                          <td>{formatNumber(error.line, locale)}</td>
                          <td dir="ltr">{error.column}</td>
                          <td lang={error.language} dir={DIRECTIONS[error.language]}>
                            {error.message}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </Card>
        )}
      </div>
    </Page>
  );
}

function CountsTable({ counts, isDryRun }: { counts: NonNullable<ReturnType<typeof jobCounts>>; isDryRun: boolean }) {
  const { locale } = useI18n();
  const text = ROSTER_MESSAGES[locale];
  const columns = ["created", "updated", "deactivated", "unchanged", "rejected", "ignored"] as const;
  return (
    <>
      <p>{isDryRun ? text.wouldBe : text.did}</p>
      <div className="roster-table-wrap">
        <table className="roster-table">
          <thead>
            <tr>
              <th />
              {columns.map((column) => (
                <th key={column}>{text.counts[column]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(["users", "classes", "enrollments"] as const).map((kind) => (
              <tr key={kind}>
                <th scope="row">{text.kinds[kind]}</th>
                {columns.map((column) => (
                  <td key={column}>{formatNumber(counts[kind][column], locale)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
