#!/usr/bin/env node
/*
 * The `plancheck` command. The command line is TypeScript compiled into build/ by
 * `npm run build:cli` (run automatically by `npm ci` through the "prepare" script).
 */
"use strict";

const fs = require("fs");
const path = require("path");

const BUILT = path.join(__dirname, "..", "build", "cli", "main.js");

/** Shown only when build/ is missing, before the catalogs (which live in build/) can be loaded. */
const NOT_BUILT = {
  en: "plancheck: the command line is not built yet; run `npm run build:cli` in the PlanCheck folder.",
  bg: "plancheck: командният ред още не е компилиран; изпълнете `npm run build:cli` в папката на PlanCheck.",
  pl: "plancheck: wiersz poleceń nie jest jeszcze zbudowany; uruchom `npm run build:cli` w folderze PlanCheck.",
  ru: "plancheck: командная строка ещё не собрана; выполните `npm run build:cli` в папке PlanCheck.",
  uk: "plancheck: командний рядок ще не зібрано; виконайте `npm run build:cli` у теці PlanCheck.",
};

function language(argv, env) {
  const flag = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const tag = flag < 0 ? env.PLANCHECK_LANG || env.LC_ALL || env.LANG || "" : argv[flag].includes("=") ? argv[flag].split("=")[1] : argv[flag + 1] || "";
  const base = tag.toLowerCase().split(/[-_.]/)[0];
  return Object.prototype.hasOwnProperty.call(NOT_BUILT, base) ? base : "en";
}

/** The compiled command line, or null (with the hint printed) when build/ is missing or incomplete. */
function loadCli(argv) {
  if (fs.existsSync(BUILT)) {
    try {
      return require(BUILT);
    } catch (error) {
      if (!error || error.code !== "MODULE_NOT_FOUND") throw error;
      console.error(`${NOT_BUILT[language(argv, process.env)]} (${error.message.split("\n")[0]})`);
      return null;
    }
  }
  console.error(NOT_BUILT[language(argv, process.env)]);
  return null;
}

// Output piped into a command that stops reading early (`| head`) is not an error of PlanCheck's.
process.stdout.on("error", (error) => {
  if (error && error.code === "EPIPE") process.exit(process.exitCode || 0);
  throw error;
});

const argv = process.argv.slice(2);
const cli = loadCli(argv);
if (!cli) {
  process.exitCode = 2;
} else {
  cli
    .main(argv)
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error) => {
      // main() reports bad input itself; this is a fault in PlanCheck, shown in one line unless debugging.
      const detail = process.env.PLANCHECK_DEBUG && error && error.stack ? error.stack : (error && error.message) || String(error);
      console.error(`plancheck: ${detail}`);
      process.exitCode = 2;
    });
}
