import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Page, TextField } from "@zang/ui";
import { useState } from "react";
import type { IssuedLoginCode, Viewer } from "../../api-types.ts";
import { LoadError } from "../../components/load-error.tsx";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import { actionFailureText } from "../../lib/action-failure.ts";
import { DocumentTitle } from "../../lib/document-title.tsx";
import { useSearchText } from "../../lib/use-search-text.ts";
import { useTRPC } from "../../trpc.ts";
import { AddPersonForm } from "./add-person-form.tsx";
import { LoginCodeCard } from "./login-code-card.tsx";
import { PEOPLE_MESSAGES } from "./people-messages.ts";
import { PersonRow } from "./person-row.tsx";
import "./people.css";

/** School admins: find anyone in the school, give someone who lost their password a new login code, deactivate or reactivate an account. */
export function PeoplePage({ viewer }: { viewer: Viewer }) {
  const { messages, locale } = useI18n();
  const text = PEOPLE_MESSAGES[locale];
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { typed, setTyped, query } = useSearchText();
  const found = useQuery(trpc.users.find.queryOptions({ query }, { enabled: query !== "" }));
  // The code is shown once, from the answer that made it, and kept nowhere else: "Done" or leaving
  // the page forgets it (gcTime 0: the mutation cache drops the answer as soon as nobody shows it).
  const [issued, setIssued] = useState<IssuedLoginCode | null>(null);
  const [isAdding, setIsAdding] = useState(false);
  const issue = useMutation(
    trpc.users.issueLoginCode.mutationOptions({
      gcTime: 0,
      onMutate: () => setIssued(null),
      onSuccess: (answer) => {
        setIssued(answer);
        // The list shows how each person signs in: theirs has just changed.
        void queryClient.invalidateQueries({ queryKey: trpc.users.find.pathKey() });
      },
    }),
  );

  const setActive = useMutation(
    trpc.users.setActive.mutationOptions({
      // The list shows who is deactivated: re-read it.
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.users.find.pathKey() }),
    }),
  );

  return (
    <Page
      title={text.title}
      description={text.description}
      width="wide"
      actions={!isAdding && <Button onClick={() => setIsAdding(true)}>{text.add.open}</Button>}
    >
      <DocumentTitle page={text.title} />
      <div className="people-page">
        {issued && (
          <LoginCodeCard
            issued={issued}
            onDone={() => {
              setIssued(null);
              issue.reset();
            }}
          />
        )}
        {isAdding && (
          <AddPersonForm
            onAdded={(answer) => {
              setIsAdding(false);
              setIssued(answer);
              void queryClient.invalidateQueries({ queryKey: trpc.users.find.pathKey() });
            }}
            onCancel={() => setIsAdding(false)}
          />
        )}
        {issue.isError && <Alert tone="error" title={actionFailureText({ messages, error: issue.error, texts: text.failed })} />}
        {setActive.isError && <Alert tone="error" title={actionFailureText({ messages, error: setActive.error, texts: { ...text.failed, invalid: text.cannotDeactivateSelf } })} />}
        <Card>
          <TextField label={text.search} name="people" type="search" dir="auto" hint={text.hint} value={typed} onChange={(event) => setTyped(event.target.value)} />
          {query !== "" && found.isError && <LoadError title={text.searchFailed} error={found.error} onRetry={() => void found.refetch()} />}
          {query !== "" && found.data && (
            <ul className="people-page__list">
              {found.data.length === 0 && <li className="people-page__nobody">{text.nobody}</li>}
              {found.data.map((person) => (
                <PersonRow
                  key={person.userId}
                  person={person}
                  isSelf={person.userId === viewer.id}
                  actions={{
                    onIssue: () => issue.mutate({ userId: person.userId }),
                    onSetActive: (active) => setActive.mutate({ userId: person.userId, active }),
                    isIssuing: issue.isPending && issue.variables.userId === person.userId,
                    isChangingActive: setActive.isPending && setActive.variables.userId === person.userId,
                  }}
                />
              ))}
            </ul>
          )}
        </Card>
      </div>
    </Page>
  );
}
