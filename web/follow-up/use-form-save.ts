// A small form's save: check the body with the server's zod schema first, then send it; the
// server's 400 field errors land on the same fields. Success invalidates the promise queries (or
// the query keys given).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError } from "../api/client.ts";
import {
  type CheckedSave,
  type FieldErrors,
  serverFieldErrors,
  zodFieldErrors,
} from "../forms/validate.ts";

const PROMISE_KEYS = [["promises"], ["public"], ["messages"]];

export function useFormSave(
  save: CheckedSave,
  invalidate: readonly (readonly string[])[] = PROMISE_KEYS,
) {
  const client = useQueryClient();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const mutation = useMutation({
    mutationFn: save.send,
    onSuccess: async () => {
      setDone(true);
      await Promise.all(invalidate.map((queryKey) => client.invalidateQueries({ queryKey })));
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields.length) setErrors(serverFieldErrors(e.fields));
    },
  });
  return {
    errors,
    done,
    pending: mutation.isPending,
    error:
      mutation.error && !(mutation.error instanceof ApiError && mutation.error.fields.length)
        ? mutation.error.message
        : null,
    submit(body: unknown) {
      setDone(false);
      const found = zodFieldErrors(save.schema, body);
      setErrors(found);
      if (Object.keys(found).length === 0) mutation.mutate(body);
    },
  };
}
