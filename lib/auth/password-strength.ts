import { zxcvbn, zxcvbnOptions } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

// zxcvbn estimates how many guesses a password takes from dictionaries, keyboard patterns, dates
// and repeats, offline; a length rule alone lets "password123" and "aaaaaaaa" through.
zxcvbnOptions.setOptions({
  dictionary: { ...common.dictionary, ...english.dictionary },
  graphs: common.adjacencyGraphs,
  translations: english.translations,
});

/** Scores below this (0–4) are refused: 3 means "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3;

/** Why a password is too easy to guess, in words for the form; null when it is strong enough. */
export function passwordWeakness(password: string, context: string[] = []): string | null {
  // Long inputs are slow to score and are refused by the length rule anyway.
  const result = zxcvbn(password.slice(0, 128), context);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const reason = result.feedback.warning || "it would be guessed quickly";
  const suggestion = result.feedback.suggestions[0] ?? "Add a few more uncommon words.";
  return `Too easy to guess: ${reason.replace(/\.$/, "").toLowerCase()}. ${suggestion}`;
}
