import { createStyle } from './colors.js';
import { formatJson } from './format-json.js';
import { formatSarif } from './format-sarif.js';
import { formatText } from './format-text.js';
import type { ReportInput } from './report-input.js';

export type ReportFormat = 'text' | 'json' | 'sarif';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif'];

/** Render a report in the chosen format; colour applies to text only. */
export function formatReport(format: ReportFormat, input: ReportInput, color = false): string {
  switch (format) {
    case 'json':
      return formatJson(input);
    case 'sarif':
      return formatSarif(input);
    case 'text':
      return formatText(input, createStyle(color));
  }
}
