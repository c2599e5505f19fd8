import { OfficeMockObject } from "office-addin-mock";
import { missingExcelApi, REQUIRED_EXCEL_API } from "../../src/excel/requirements";

// office-addin-mock reads only the OfficeApp names from office-addin-manifest, whose own
// dependencies are ES modules jest cannot load; the names are all it needs.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));

/**
 * `Office.context.requirements` is not part of the in-memory Excel host; office-addin-mock stands
 * in for office.js here.
 */
function officeWithExcelApi(version: number) {
  return new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, minVersion?: string) => name === "ExcelApi" && Number(minVersion ?? "1.1") <= version,
      },
    },
  }) as unknown as Parameters<typeof missingExcelApi>[0];
}

describe("checking the Excel version at start", () => {
  it("accepts an Excel with every API set the adapter calls", () => {
    expect(missingExcelApi(officeWithExcelApi(1.17))).toBeNull();
  });

  it("tells the user which API set an older Excel lacks, in their language", () => {
    const error = missingExcelApi(officeWithExcelApi(1.12));
    expect(error?.key).toBe("excel.error.api-missing");
    expect(error?.params).toEqual({ version: REQUIRED_EXCEL_API });
    expect(error?.text("pl")).toBe(
      "Ta wersja Excela nie ma tego, czego potrzebuje PlanCheck (ExcelApi 1.13). Użyj Excela z Microsoft 365 lub Excela w przeglądarce.",
    );
  });
});
