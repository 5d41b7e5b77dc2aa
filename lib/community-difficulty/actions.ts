"use server";

import type { FormState } from "@/lib/form-state";
import { perform } from "@/lib/perform-action";
import { saveDifficultyReport } from "./service";

export async function saveDifficultyReportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return perform(formData, saveDifficultyReport, ({ created }) => (created ? "Thank you: your report is saved." : "Your report is updated."));
}
