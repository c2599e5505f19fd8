import type { Catalog } from "../catalog";
import { ROLE_MESSAGES } from "./roles";
import { CLI_MESSAGES } from "./cli";
import { CLI_HELP_MESSAGES } from "./cli-help";
import { OVERVIEW_MESSAGES } from "./overview";
import { REPORT_MESSAGES } from "./report";
import { UI_MESSAGES } from "./ui";
import { FUNCTION_MESSAGES } from "./functions";
import { PANE_MESSAGES } from "./pane";
import { FINDING_MESSAGES } from "./findings";
import { EXCEL_MESSAGES } from "./excel";
import { WORKBOOK_FILE_MESSAGES } from "./workbook-files";
import { CHART_MESSAGES } from "./charts";

/** Each domain keeps its own messages file; list them here. */
export const ALL_CATALOGS: Catalog[] = [ROLE_MESSAGES, CLI_MESSAGES, CLI_HELP_MESSAGES, OVERVIEW_MESSAGES, REPORT_MESSAGES, UI_MESSAGES, FUNCTION_MESSAGES, PANE_MESSAGES, FINDING_MESSAGES, EXCEL_MESSAGES, WORKBOOK_FILE_MESSAGES, CHART_MESSAGES];
