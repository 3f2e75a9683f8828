import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Badge, Button, TextField } from "@zang/ui";
import type { PersonToAdd } from "../api-types.ts";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { useSearchText } from "../lib/use-search-text.ts";
import { useTRPC } from "../trpc.ts";
import "./classes-admin.css";

/** For school admins, under a class's members: find people of the school and add them as students or teachers. */
export function AddPeople({ classId, onStart, onError }: { classId: string; onStart: () => void; onError: (error: unknown) => void }) {
  const { messages } = useI18n();
  const text = messages.members.addPeople;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { typed, setTyped, query } = useSearchText();
  const found = useQuery(trpc.classes.findPeople.queryOptions({ classId, query }, { enabled: query !== "" }));
  const add = useMutation(
    trpc.classes.addMember.mutationOptions({
      onMutate: onStart,
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.classes.pathKey() }),
      onError,
    }),
  );

  return (
    <section className="add-people" aria-label={text.title}>
      <h3 className="add-people__title">{text.title}</h3>
      <TextField label={text.search} name="people" type="search" dir="auto" hint={text.hint} value={typed} onChange={(event) => setTyped(event.target.value)} />
      {query !== "" && found.data && (
        <ul className="members-panel__list add-people__results">
          {found.data.length === 0 && <li className="add-people__nobody">{text.nobody}</li>}
          {found.data.map((person) => (
            <PersonRow
              key={person.userId}
              person={person}
              isSaving={add.isPending && add.variables.userId === person.userId}
              onAdd={(role) => add.mutate({ classId, userId: person.userId, role })}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function PersonRow({ person, isSaving, onAdd }: { person: PersonToAdd; isSaving: boolean; onAdd: (role: "student" | "teacher") => void }) {
  const { messages } = useI18n();
  const text = messages.members.addPeople;
  // Students join as students; teachers (and admins) as teachers, the only role they can hold.
  const role = person.role === "student" ? "student" : "teacher";
  return (
    <li className="members-panel__member">
      <span className="members-panel__name">
        <bdi>{person.displayName}</bdi>
        <bdi className="add-people__username">{person.username}</bdi>
      </span>
      {person.classRole ? (
        <Badge tone="neutral">{text.inClass}</Badge>
      ) : (
        <Button
          variant="ghost"
          className="message-actions__button"
          isBusy={isSaving}
          aria-label={role === "student" ? text.addStudentNamed(person.displayName) : text.addTeacherNamed(person.displayName)}
          onClick={() => onAdd(role)}
        >
          {role === "student" ? text.addStudent : text.addTeacher}
        </Button>
      )}
    </li>
  );
}
