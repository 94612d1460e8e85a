// A form's state around its request body (the recording forms, presence, the lägesbild): checked
// with the server's schema as the user types (a field shows its error once touched, every field
// after a save attempt), the server's own 400 laid onto the same fields, and after a successful
// write every figure refetched.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { AreaCollection } from "../../server/areas/types.ts";
import type { FieldProblem } from "../../server/http/field-codes.ts";
import { ApiError } from "../api/client.ts";
import { RECORD_KEYS } from "../api/queries.ts";
import {
  type CheckedSave,
  type FieldErrors,
  serverFieldErrors,
  zodFieldErrors,
} from "./validate.ts";

/** What every recording form is given by the view. */
export interface FormProps<R> {
  areas: AreaCollection | undefined;
  /** The area chosen in the link (?omrade=), or "". */
  initialArea: string;
  /** The record being edited, or null for a new one. */
  editing: R | null;
  /** After a save, a delete or a cancel, with what to tell the user. */
  onDone: (message: string) => void;
  /** The form's area changed: the view puts it in the link and on the map. */
  onArea: (id: string) => void;
}

export interface RecordFormOptions {
  body: unknown;
  /** The schema the body is checked with and the request that sends it (checkedSave). */
  save: CheckedSave;
  onSaved?: () => void;
}

export function useRecordForm({ body, save, onSaved }: RecordFormOptions) {
  const { schema } = save;
  const client = useQueryClient();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [server, setServer] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const local = zodFieldErrors(schema, body);

  const mutation = useMutation({
    mutationFn: () => save.send(body),
    onSuccess: async () => {
      setServer({});
      setAttempted(false);
      setTouched(new Set());
      setMessage(null);
      await Promise.all(RECORD_KEYS.map((queryKey) => client.invalidateQueries({ queryKey })));
      onSaved?.();
    },
    onError: (err) => {
      setMessage(err.message);
      if (err instanceof ApiError) setServer(serverFieldErrors(err.fields));
      setAttempted(true);
    },
  });

  /** Marks a field (and its sub-fields) as edited: its own error shows, the server's goes. */
  const touch = (field: string) => {
    setTouched((t) => (t.has(field) ? t : new Set(t).add(field)));
    setServer((s) => {
      const left = Object.entries(s).filter(([k]) => k !== field && !k.startsWith(`${field}.`));
      return left.length === Object.keys(s).length ? s : Object.fromEntries(left);
    });
  };

  /** An onChange that marks the field as edited, then sets the value. */
  const edit =
    <T>(field: string, set: (value: T) => void) =>
    (value: T) => {
      touch(field);
      set(value);
    };

  const shown = (field: string) => attempted || touched.has(field.split(".")[0] ?? field);
  const errorOf = (field: string): FieldProblem | undefined =>
    server[field] ?? (shown(field) ? local[field] : undefined);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setAttempted(true);
    if (Object.keys(local).length > 0) return;
    mutation.mutate();
  };

  const reset = () => {
    setTouched(new Set());
    setAttempted(false);
    setServer({});
    setMessage(null);
    mutation.reset();
  };

  const invalid = attempted && Object.keys({ ...local, ...server }).length > 0;
  const serverFields = Object.keys(server).length > 0;
  return {
    errorOf,
    touch,
    edit,
    submit,
    reset,
    mutation,
    invalid,
    serverMessage: message,
    serverFields,
  };
}
