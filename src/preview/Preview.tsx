import {
  Button,
  Caption1,
  Field,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useMemo, useRef, useState, type DragEvent } from "react";
import { requestCheck } from "../commands/pane-bus";
import { LANGS, LOCALE_TAG, langFromTag, type Lang } from "../i18n/hosts/pane";
import { createMemoryExcel } from "../memory-host";
import { App } from "../taskpane/App";
import { makePaneText } from "../taskpane/components/pane-text";
import { createExcelService } from "../taskpane/service";
import { setDisplayLanguage } from "./office-shim";
import { SheetView } from "./SheetView";
import { freshSheets, PREVIEW_WORKBOOKS } from "./workbooks";
import type { CheckedFile } from "./check-bytes";
import type { OpenProgress } from "./file-messages";
import { checkedName, download, fileWorkerClient } from "./file-worker-client";
import { METADATA_NAMESPACE } from "../workbook/record";
import type { SheetGrid } from "../engine/grid";

/** The task pane's width in Excel: the pane is tried at the narrow width it really has. */
const PANE_WIDTH = "320px";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  title: { display: "flex", flexDirection: "column", marginInlineEnd: "auto" },
  main: { display: "flex", flex: "1 1 auto", minHeight: 0 },
  files: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, padding: `0 ${tokens.spacingHorizontalL}` },
  hidden: { display: "none" },
  dropping: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: "-6px" },
  sheet: { flex: "1 1 auto", minWidth: 0, display: "flex", flexDirection: "column" },
  pane: {
    flex: `0 0 ${PANE_WIDTH}`,
    width: PANE_WIDTH,
    boxSizing: "border-box",
    overflowY: "auto",
    overflowX: "hidden",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

/** Every format the command line reads; .xls and .doc are said to need converting. */
const ACCEPTED = ".xlsx,.xlsm,.ods,.docx,.csv,.tsv,.txt,.xls,.doc";

/** Sample workbooks by id; opened files by their place in the list of opened files. */
type WorkbookChoice = { kind: "sample"; id: string } | { kind: "file"; index: number };

/** A workbook opened in the in-memory host, with the Excel namespace the pane works through. */
interface OpenWorkbook {
  id: string;
  host: ReturnType<typeof createMemoryExcel>;
  excel: typeof Excel;
}

/**
 * The preview page: the seed workbooks to choose from, the display language, a grid of the active
 * sheet, and the real task pane working on the same in-memory workbook.
 */
export function Preview({ initialLanguage }: { initialLanguage: string }) {
  const styles = useStyles();
  const [languageTag, setLanguageTag] = useState(initialLanguage);
  const lang: Lang = langFromTag(languageTag);
  const text = makePaneText(lang);
  const [choice, setChoice] = useState<WorkbookChoice>({ kind: "sample", id: PREVIEW_WORKBOOKS[0].id });
  const [opened, setOpened] = useState<CheckedFile[]>([]);
  const [progress, setProgress] = useState<OpenProgress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [dropping, setDropping] = useState(false);
  const worker = useMemo(() => fileWorkerClient(), []);
  const input = useRef<HTMLInputElement>(null);
  const [version, setVersion] = useState(0);
  const redraw = useCallback(() => setVersion((v) => v + 1), []);

  const current = choice.kind === "file" ? opened[choice.index] : undefined;

  /** Reads and checks the files in the worker, then shows the first one that could be read. */
  const openFiles = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      setProblem(null);
      try {
        const checked = await worker.open(files, lang, setProgress);
        setOpened(checked);
        const first = checked.findIndex((f) => f.sheets.length > 0);
        if (first >= 0) setChoice({ kind: "file", index: first });
        const unread = checked.find((f) => f.sheets.length === 0 && f.json.error);
        if (unread) setProblem(text.t("preview.not-read", { file: unread.name, message: unread.json.error!.message }));
      } catch (err) {
        setProblem(err instanceof Error ? err.message : String(err));
      } finally {
        setProgress(null);
      }
    },
    [worker, lang, text],
  );

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDropping(false);
    void openFiles(Array.from(event.dataTransfer.files));
  };

  const open = useMemo<OpenWorkbook>(() => {
    const sample = PREVIEW_WORKBOOKS.find((w) => choice.kind === "sample" && w.id === choice.id) ?? PREVIEW_WORKBOOKS[0];
    const file = choice.kind === "file" ? opened[choice.index] : undefined;
    const host = createMemoryExcel({ sheets: file ? fileSheets(file.sheets) : freshSheets(sample) });
    // The file's own record (typed table, roles, range selected by hand) is where Excel keeps it.
    if (file?.record) host.workbookState.model.customXmlParts.push({ id: "{plancheck-record}", namespaceUri: METADATA_NAMESPACE, xml: file.record });
    // Every batch the pane runs may change the workbook: redraw the grid when it ends.
    const run = (...args: unknown[]) =>
      (host.Excel.run as (...a: unknown[]) => Promise<unknown>)(...args).finally(redraw);
    const excel = Object.assign(Object.create(host.Excel), { run }) as typeof Excel;
    return { id: file ? `file:${choice.kind === "file" ? choice.index : 0}:${file.name}` : sample.id, host, excel };
  }, [choice, opened, redraw]);

  // The service comes with the page, not as a chunk on the first action as in Excel: once the page
  // has loaded it asks for nothing more, so a plan opened from disk is checked with no connection.
  const service = useMemo(() => createExcelService(open.excel, lang), [open, lang]);
  const languages = useMemo(() => LANGS.map((l) => ({ tag: LOCALE_TAG[l], name: endonym(LOCALE_TAG[l]) })), []);

  return (
    <div
      className={mergeClasses(styles.page, dropping && styles.dropping)}
      lang={lang}
      onDragOver={(e) => {
        e.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
      data-testid="page"
    >
      <header className={styles.toolbar}>
        <div className={styles.title}>
          <Title3 as="h1">{text.t("preview.title")}</Title3>
          <Caption1>{text.t("preview.intro")}</Caption1>
        </div>
        <div>
          <Button appearance="primary" onClick={() => input.current?.click()} disabled={progress !== null}>
            {text.t("preview.open")}
          </Button>
          <input
            ref={input}
            className={styles.hidden}
            type="file"
            multiple
            accept={ACCEPTED}
            data-testid="file-input"
            onChange={(e) => {
              void openFiles(Array.from(e.target.files ?? []));
              e.target.value = "";
            }}
          />
        </div>
        <Field label={text.t("preview.workbook")}>
          <Select
            value={choice.kind === "sample" ? choice.id : `file:${choice.index}`}
            onChange={(_, d) => {
              // Samples keep their plain ids (`bg-kyustendil-2019`); opened files are `file:<n>`.
              const file = /^file:(\d+)$/.exec(d.value);
              setChoice(file ? { kind: "file", index: Number(file[1]) } : { kind: "sample", id: d.value });
            }}
            data-testid="workbook-picker"
          >
            {opened.length > 0 && (
              <optgroup label={text.t("preview.opened")}>
                {opened.map((f, i) => (
                  <option key={`${i}:${f.name}`} value={`file:${i}`} disabled={f.sheets.length === 0}>
                    {f.name}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={text.t("preview.samples")}>
              {PREVIEW_WORKBOOKS.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.file}
                </option>
              ))}
            </optgroup>
          </Select>
        </Field>
        <Field label={text.t("preview.language")}>
          <Select
            value={LOCALE_TAG[lang]}
            data-testid="language-picker"
            onChange={(_, d) => {
              setDisplayLanguage(d.value);
              setLanguageTag(d.value);
            }}
          >
            {languages.map((l) => (
              <option key={l.tag} value={l.tag}>
                {l.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => requestCheck()}>{text.t("preview.ribbon-check")}</Button>
      </header>
      <div className={styles.files} aria-live="polite">
        {progress ? (
          <Field
            validationMessage={text.t("preview.reading", { name: progress.name, n: progress.index + 1, count: progress.count })}
            validationState="none"
            style={{ flex: "1 1 auto" }}
          >
            <ProgressBar value={progress.index / progress.count} data-testid="open-progress" />
          </Field>
        ) : (
          <Caption1>{current ? verdict(current, text) : text.t("preview.open-hint")}</Caption1>
        )}
        {current?.copy && (
          <Button size="small" onClick={() => download(current.copy!, checkedName(current.name, text.t("preview.copy-suffix")))}>
            {text.t("preview.download-copy")}
          </Button>
        )}
        {opened.length > 1 && (
          <Button
            size="small"
            onClick={() =>
              // Written in the worker, like the checks: a large batch never freezes the page.
              void worker.overview(opened, lang).then(
                (bytes) => download(bytes, text.t("preview.overview-file")),
                (err: unknown) => setProblem(err instanceof Error ? err.message : String(err)),
              )
            }
          >
            {text.t("preview.download-overview")}
          </Button>
        )}
      </div>
      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.main}>
        <section className={styles.sheet} aria-label={text.t("preview.sheet")}>
          <SheetView
            workbook={open.host.workbookState}
            lang={lang}
            version={version}
            onActivate={(id) => {
              open.host.workbookState.model.activeSheetId = id;
              redraw();
            }}
            onSelect={(sheetId, box) => {
              open.host.workbookState.model.selection = { sheetId, box };
              redraw();
            }}
          />
        </section>
        <aside className={styles.pane} aria-label={text.t("preview.pane")} data-testid="task-pane">
          {/* A new workbook or language starts the pane afresh, as reopening it in Excel would. */}
          <App key={`${open.id}|${lang}`} lang={lang} service={service} />
        </aside>
      </div>
    </div>
  );
}

/** The opened file's sheets for the in-memory workbook: hidden sheets stay hidden. */
function fileSheets(sheets: SheetGrid[]): SheetGrid[] {
  return sheets.map((s) => ({ ...s, values: s.values.map((row) => [...row]), merges: s.merges.map((m) => ({ ...m })) }));
}

/** What the command line would say of the file, in one line. */
function verdict(file: CheckedFile, text: ReturnType<typeof makePaneText>): string {
  const findings = [...(file.json.findings ?? []), ...file.json.tables.flatMap((t) => t.findings)];
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  return text.t("preview.verdict", {
    file: file.name,
    errors: text.number(count("error")),
    warnings: text.number(count("warning")),
    tables: text.number(file.json.tables.length),
  });
}

/** A language's name in that language (Български, Polski), from Intl rather than a hand list. */
function endonym(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: "language" }).of(tag.split("-")[0]);
    return name ? name.charAt(0).toLocaleUpperCase(tag) + name.slice(1) : tag;
  } catch {
    return tag;
  }
}
