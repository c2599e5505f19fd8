import { Button, Caption1, Field, makeStyles, Select, Title3, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { requestCheck } from "../commands/pane-bus";
import { LANGS, LOCALE_TAG, langFromTag, type Lang } from "../i18n";
import { createMemoryExcel } from "../memory-host";
import { App } from "../taskpane/App";
import { makePaneText } from "../taskpane/components/pane-text";
import { createExcelService } from "../taskpane/service";
import { setDisplayLanguage } from "./office-shim";
import { SheetView } from "./SheetView";
import { freshSheets, PREVIEW_WORKBOOKS } from "./workbooks";

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
  const [workbookId, setWorkbookId] = useState(PREVIEW_WORKBOOKS[0].id);
  const [version, setVersion] = useState(0);
  const redraw = useCallback(() => setVersion((v) => v + 1), []);

  const open = useMemo<OpenWorkbook>(() => {
    const workbook = PREVIEW_WORKBOOKS.find((w) => w.id === workbookId) ?? PREVIEW_WORKBOOKS[0];
    const host = createMemoryExcel({ sheets: freshSheets(workbook) });
    // Every batch the pane runs may change the workbook: redraw the grid when it ends.
    const run = (...args: unknown[]) =>
      (host.Excel.run as (...a: unknown[]) => Promise<unknown>)(...args).finally(redraw);
    const excel = Object.assign(Object.create(host.Excel), { run }) as typeof Excel;
    return { id: workbook.id, host, excel };
  }, [workbookId, redraw]);

  const service = useMemo(() => createExcelService(open.excel, lang), [open, lang]);
  const languages = useMemo(() => LANGS.map((l) => ({ tag: LOCALE_TAG[l], name: endonym(LOCALE_TAG[l]) })), []);

  return (
    <div className={styles.page} lang={lang}>
      <header className={styles.toolbar}>
        <div className={styles.title}>
          <Title3 as="h1">{text.t("preview.title")}</Title3>
          <Caption1>{text.t("preview.intro")}</Caption1>
        </div>
        <Field label={text.t("preview.workbook")}>
          <Select value={workbookId} onChange={(_, d) => setWorkbookId(d.value)} data-testid="workbook-picker">
            {PREVIEW_WORKBOOKS.map((w) => (
              <option key={w.id} value={w.id}>
                {w.file}
              </option>
            ))}
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

/** A language's name in that language (Български, Polski), from Intl rather than a hand list. */
function endonym(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: "language" }).of(tag.split("-")[0]);
    return name ? name.charAt(0).toLocaleUpperCase(tag) + name.slice(1) : tag;
  } catch {
    return tag;
  }
}
