/** A line field as a message names it, in the analyst's language. */
import { ENGINE_MESSAGES } from "../i18n";
import type { Lang } from "../types";
import type { LineField } from "./types";

export const lineFieldLabel = (field: LineField, lang: Lang): string => ENGINE_MESSAGES[lang].lines.fields[field];
