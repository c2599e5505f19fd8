import {
  Body1,
  Button,
  Divider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Title2,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo } from "react";
import type { Lang } from "../i18n";
import { onCheckRequested } from "../commands/pane-bus";
import type { ExcelAdapterError } from "../excel/errors";
import { missingExcelApi } from "../excel/requirements";
import { CheckSection } from "./components/CheckSection";
import { PaneTextProvider, usePaneText } from "./components/pane-text";
import { RegistrySection } from "./components/RegistrySection";
import { RemoveSection } from "./components/RemoveSection";
import { ScorecardSection } from "./components/ScorecardSection";
import { TableSection } from "./components/TableSection";
import { lazyExcelService } from "./lazy-service";
import { hasScorecardRoles } from "./scorecard-roles";
import type { PlanCheckService } from "./service";
import type { PaneState } from "./state/pane-state";
import { usePlanCheck, type PaneActions } from "./state/use-plan-check";

export interface AppProps {
  /** The user's language, from Office's display language. */
  lang: Lang;
  /** What the pane works on; Excel's own workbook unless a host (the preview, a test) gives another. */
  service?: PlanCheckService;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
    "& .pane-section": { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
    "& h2, & h3, & p": { margin: 0 },
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  // The outcome of an action stays in sight wherever the pane is scrolled to.
  notice: { position: "sticky", top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
});

/** The PlanCheck pane: find the plan table, type it, check it before submission, roll it up. */
export function App({ lang, service }: AppProps) {
  // In Excel, an Excel too old for PlanCheck is told so at once, not at the first failing call.
  const missing = useMemo(() => (service ? null : missingExcelApi(Office)), [service]);
  const pane = useMemo(() => (missing ? null : (service ?? lazyExcelService(Excel, lang))), [missing, service, lang]);
  return <PaneTextProvider lang={lang}>{pane ? <Pane service={pane} /> : <Unsupported error={missing!} />}</PaneTextProvider>;
}

function PaneHeader() {
  const styles = useStyles();
  const text = usePaneText();
  return (
    <>
      <header className={styles.header}>
        <img src="assets/icon-32.png" width={32} height={32} alt="" />
        <Title2 as="h1">{text.t("ui.title")}</Title2>
      </header>
      <Body1>{text.t("ui.tagline")}</Body1>
    </>
  );
}

function Unsupported({ error }: { error: ExcelAdapterError }) {
  const styles = useStyles();
  const text = usePaneText();
  return (
    <main className={styles.root} lang={text.lang}>
      <PaneHeader />
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{text.t(error.key, error.params)}</MessageBarBody>
      </MessageBar>
    </main>
  );
}

function Pane({ service }: { service: PlanCheckService }) {
  const styles = useStyles();
  const text = usePaneText();
  const { state, actions } = usePlanCheck(service);

  // The ribbon's "Check plan" runs the same check as the button and shows its result here.
  useEffect(() => onCheckRequested(() => void actions.check("ribbon")), [actions]);

  const roles = Object.values(state.roles);
  return (
    <main className={styles.root} lang={text.lang}>
      <PaneHeader />
      <Notice state={state} actions={actions} />
      <TableSection state={state} actions={actions} />
      <Divider />
      <CheckSection state={state} actions={actions} />
      {hasScorecardRoles(roles) && (
        <>
          <Divider />
          <ScorecardSection state={state} actions={actions} />
        </>
      )}
      <Divider />
      <RegistrySection state={state} actions={actions} />
      <Divider />
      <RemoveSection state={state} actions={actions} />
    </main>
  );
}

/** The outcome of the last action: a confirmation, or what went wrong and where. */
function Notice({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const text = usePaneText();
  const styles = useStyles();
  const notice = state.notice;
  if (!notice) return null;
  return (
    <div className={styles.notice}>
      <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === "error" ? "alert" : "status"}>
        <MessageBarBody>
          {text.t(notice.key, notice.params)}
          {/* Merged cells stop the first "Make typed table" of most pasted plans: say what unmerging does and offer it here. */}
          {notice.key === "excel.error.merged-cells" && <> {text.t("pane.table.unmerge-explain")}</>}
        </MessageBarBody>
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" aria-label={text.t("pane.dismiss")} onClick={actions.dismiss}>
              ×
            </Button>
          }
        >
          {(notice.key === "excel.error.merged-cells" || notice.key === "excel.error.merged-header") && (
            <Button appearance="primary" size="small" onClick={() => void actions.apply(true)}>
              {text.t("pane.table.unmerge-apply")}
            </Button>
          )}
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
