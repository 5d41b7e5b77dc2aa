import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

const controlClass = "rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900 aria-invalid:border-red-600";
export const inputClass = `w-full min-w-0 ${controlClass}`;

export type FieldProps = { label: string; name: string; error?: string; hint?: ReactNode };

/** Label, control, hint and error, wired up for assistive technology. */
export function FieldFrame({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-zinc-500 dark:text-zinc-400">
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}

function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="text-sm text-red-700 [overflow-wrap:anywhere] dark:text-red-300">
      {error}
    </p>
  );
}

/** aria-invalid and aria-describedby for a control: its error first, then its hint and anything else. */
export function describedBy(id: string, { error, hint, more = [] }: { error?: string; hint?: ReactNode; more?: string[] }) {
  const ids = [error ? `${id}-error` : null, hint ? `${id}-hint` : null, ...more].filter(Boolean);
  return { "aria-invalid": error ? true : undefined, "aria-describedby": ids.length > 0 ? ids.join(" ") : undefined };
}

export function TextField({ label, name, error, hint, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const id = input.id ?? `field-${name}`;
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <input id={id} name={name} {...describedBy(id, { error, hint })} className={inputClass} {...input} />
    </FieldFrame>
  );
}

export type Option = { value: string; label: string };

export function SelectField({ label, name, error, hint, options, ...select }: FieldProps & { options: readonly Option[] } & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = select.id ?? `field-${name}`;
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <select id={id} name={name} {...describedBy(id, { error, hint })} className={`block max-w-full ${controlClass}`} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** Radio buttons under a legend; the error is announced with each of them. */
export function RadioGroupField({ label, name, error, options, defaultValue }: Omit<FieldProps, "hint"> & { options: readonly Option[]; defaultValue: string }) {
  const id = `field-${name}`;
  return (
    <fieldset className="min-w-0 space-y-1">
      <legend className="text-sm font-medium">{label}</legend>
      {options.map((option) => (
        <label key={option.value} className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name={name}
            value={option.value}
            defaultChecked={option.value === defaultValue}
            {...describedBy(id, { error })}
            className="accent-blue-700"
          />
          {option.label}
        </label>
      ))}
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

export const buttonClass =
  "rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

export const secondaryButtonClass =
  "rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-800";
