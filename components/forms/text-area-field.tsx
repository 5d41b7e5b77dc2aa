"use client";

import { useState, type TextareaHTMLAttributes } from "react";
import { describedBy, FieldFrame, inputClass, type FieldProps } from "./field";

/**
 * A textarea with, when it has a limit, a live character count instead of a maxLength: maxLength
 * cuts pasted text without a word, while the count shows how far over it is and the server refuses
 * over-long text naming the limit. The count is linked to the field (read when it is focused) and
 * only crossing the limit is announced, not every keystroke.
 */
export function TextAreaField({ label, name, error, hint, limit, ...textarea }: FieldProps & { limit?: number } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = textarea.id ?? `field-${name}`;
  const [length, setLength] = useState(() => countedLength(String(textarea.defaultValue ?? "")));
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <textarea
        id={id}
        name={name}
        rows={3}
        {...describedBy(id, { error, hint, more: limit ? [`${id}-count`] : [] })}
        className={inputClass}
        {...textarea}
        onChange={(event) => {
          setLength(countedLength(event.currentTarget.value));
          textarea.onChange?.(event);
        }}
      />
      {limit !== undefined && <CharacterCount id={`${id}-count`} length={length} limit={limit} />}
    </FieldFrame>
  );
}

/** What the server counts (see longText): trimmed, a line break as one character even when the value came back from a post as CRLF. */
function countedLength(text: string): number {
  return text.replace(/\r\n?/g, "\n").trim().length;
}

function CharacterCount({ id, length, limit }: { id: string; length: number; limit: number }) {
  const over = length - limit;
  return (
    <>
      <p id={id} data-testid="character-count" className={over > 0 ? "text-xs font-medium text-red-700 dark:text-red-300" : "text-xs text-zinc-500 dark:text-zinc-400"}>
        {length} / {limit}
        {over > 0 && ` — ${over} over the limit`}
      </p>
      <p aria-live="polite" className="sr-only">
        {over > 0 ? `Too long: at most ${limit} characters.` : ""}
      </p>
    </>
  );
}
