import { useCallback, useState } from "react";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";

/** What a form shows when nothing was refused: the saved values, or its empty defaults. */
export type SavedValues = Record<string, string | readonly string[] | boolean>;

export type FormDraft = {
  /** Key for the <form>: new after every answer and every change of the saved values. */
  key: string;
  /** The answer to show; one given before the saved values last changed (a withdraw elsewhere) is dropped. */
  state: FormState;
  /** Props for a text input, textarea or select: name, value to start from, error. */
  field(name: string): { name: string; defaultValue: string; error?: string };
  /** Every value of a repeated field. */
  list(name: string): string[];
  checkbox(name: string): { name: string; defaultChecked: boolean };
  error(name: string): string | undefined;
  /** Ref for the <form>: after a refusal, focus moves to the first field in error. */
  focusFirstError(form: HTMLFormElement | null): void;
};

/**
 * One mechanism for every form so that nothing typed is lost. After a refusal the server sends the
 * submitted values back (FormState.values) and the fields start from them instead of the saved
 * ones. Fields stay uncontrolled, so this works the same when the page is rendered without
 * JavaScript from the action's state. With JavaScript, React resets a form after its action and
 * does not re-apply a changed defaultValue to a <select>; a new key remounts the form instead, so
 * every field takes its value from the latest answer, and the saved values as soon as they change.
 */
export function useFormDraft(state: FormState, saved: SavedValues): FormDraft {
  const savedKey = JSON.stringify(saved);
  const [answer, setAnswer] = useState({ state, savedKey, count: 0 });
  let current = answer;
  if (answer.state !== state) {
    // Adjusting state while rendering (react.dev "you might not need an effect"): one render per answer.
    current = { state, savedKey, count: answer.count + 1 };
    setAnswer(current);
  }
  const shown = current.savedKey === savedKey ? current.state : INITIAL_FORM_STATE;
  const draft = shown.ok ? undefined : shown.values;
  const refused = current.count > 0 && !shown.ok && shown.fieldErrors !== undefined;

  const error = (name: string) => shown.fieldErrors?.[name];
  const text = (name: string): string => {
    const value = draft ? draft[name] : saved[name];
    if (Array.isArray(value)) return value.at(-1) ?? "";
    return typeof value === "string" ? value : "";
  };
  const checked = (name: string): boolean => {
    // An unchecked checkbox is absent from the post.
    if (draft) return name in draft && draft[name] !== "";
    return saved[name] === true;
  };
  const focusFirstError = useCallback(
    (form: HTMLFormElement | null) => {
      if (refused) form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    },
    [refused],
  );

  return {
    key: `${savedKey}#${current.count}`,
    state: shown,
    field: (name) => ({ name, defaultValue: text(name), error: error(name) }),
    list: (name) => {
      const value = draft ? draft[name] : saved[name];
      if (typeof value === "string") return value ? [value] : [];
      return Array.isArray(value) ? [...value] : [];
    },
    checkbox: (name) => ({ name, defaultChecked: checked(name) }),
    error,
    focusFirstError,
  };
}
