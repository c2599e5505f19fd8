/**
 * PlanCheck's record in the workbook (format, reader, writer) is the workbook contract's:
 * src/workbook/record.ts. Re-exported here for the Office.js adapter's modules.
 */
export * from "../workbook/record";
