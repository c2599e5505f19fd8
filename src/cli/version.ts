/** PlanCheck's version, as `--version` prints it and the overview's title row names it (package.json's). */
export const VERSION = "0.1.0";
