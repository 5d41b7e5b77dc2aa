import { z } from "zod";
import { problemNumberSchema } from "@/lib/claims/schemas";
import { DIFFICULTY_LETTERS } from "@/lib/problems/difficulty";
import { DURATION_BUCKETS, DURATION_LABELS } from "./vocabulary";

/** The report form's fields: "How hard was it?" (A–D) and "How long did it take?" (a bucket). */
export const difficultyReportInputSchema = z.object({
  problemNumber: problemNumberSchema,
  level: z.enum(DIFFICULTY_LETTERS, { error: "Choose A, B, C or D" }),
  duration: z.enum(DURATION_BUCKETS, { error: `Choose one of: ${DURATION_BUCKETS.map((bucket) => DURATION_LABELS[bucket]).join(", ")}` }),
});

export type DifficultyReportInput = z.infer<typeof difficultyReportInputSchema>;
