/** The tests evaluate formulas with the browser page's evaluator (src/preview/formula-evaluator.ts). */
export * from "../../src/preview/formula-evaluator";
