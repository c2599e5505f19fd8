import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Option,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ROLES, type Role } from "../../engine/roles";
import type { PaneColumn, PaneTable } from "../service";
import type { PaneActions } from "../state/use-plan-check";
import { periodFromText } from "../state/use-plan-check";
import type { PaneState } from "../state/pane-state";
import { ManualRange } from "./ManualRange";
import { usePaneText } from "./pane-text";
import { useVisuallyHidden } from "./styles";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  second: { gridColumn: "2" },
  columns: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, border: "none" },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  dropdown: { minWidth: "0", width: "100%" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const NO_TABLE_KEYS = {
  "empty-sheet": "pane.table.none.empty",
  "no-header": "pane.table.none.no-header",
  "empty-range": "pane.table.none.empty-range",
} as const;

/** Plan table: where the table is, what each column is (correctable), and the plan period. */
export function TableSection({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const text = usePaneText();
  const styles = useStyles();
  const detected = state.detected;
  const table = detected?.table ?? null;
  const busy = state.busy !== null;

  return (
    <section aria-labelledby="pane-table-heading" className="pane-section">
      <Subtitle2 as="h2" id="pane-table-heading">
        {text.t("pane.table.heading")}
      </Subtitle2>
      {!detected && <Text as="p">{text.t("pane.table.intro")}</Text>}
      <div className={styles.actions}>
        <Button onClick={() => void actions.detect()} disabled={busy}>
          {text.t(detected ? "pane.table.detect-again" : "pane.table.detect")}
        </Button>
      </div>
      {detected && !detected.table && (
        <Text as="p" role="status">
          {text.t(NO_TABLE_KEYS[detected.reason], { sheet: detected.sheet })}
        </Text>
      )}
      {detected && (!table || table.selection || state.manualOpen) && <ManualRange state={state} actions={actions} />}
      {table && !table.selection && !state.manualOpen && (
        <div className={styles.actions}>
          <Button appearance="subtle" size="small" onClick={actions.openManual} disabled={busy}>
            {text.t("pane.table.manual.open")}
          </Button>
        </div>
      )}
      {table && <TableDetails table={table} state={state} actions={actions} />}
    </section>
  );
}

function TableDetails({ table, state, actions }: { table: PaneTable; state: PaneState; actions: PaneActions }) {
  const text = usePaneText();
  const styles = useStyles();
  const busy = state.busy !== null;
  const periodInvalid = periodFromText(state.periodText) === undefined;
  // An Excel table needs a header row: a range read without one is checked, not typed.
  const headerless = table.headerRows.length === 0;

  return (
    <>
      <dl className={styles.facts}>
        <dt className={styles.term}>{text.t("pane.table.sheet")}</dt>
        <dd className={styles.value}>{table.sheet}</dd>
        <dt className={styles.term}>{text.t("pane.table.range")}</dt>
        <dd className={styles.value}>{table.range}</dd>
        {table.selection && (
          <dd className={mergeClasses(styles.value, styles.second)}>
            {text.t("pane.table.manual.selected", { range: table.selection })}
          </dd>
        )}
        <dt className={styles.term}>{text.t("pane.table.header")}</dt>
        <dd className={styles.value}>{headerRowsText(table.headerRows, text)}</dd>
        <dt className={styles.term}>{text.t("pane.table.rows")}</dt>
        <dd className={styles.value}>{text.number(table.rowCount)}</dd>
      </dl>
      {table.typed && <Text as="p">{text.t("pane.table.typed")}</Text>}
      {headerless && <Text as="p">{text.t("pane.table.manual.no-header-row")}</Text>}

      <fieldset className={styles.columns}>
        <legend className={styles.legend}>
          <Text weight="semibold">{text.t("pane.table.columns")}</Text>
        </legend>
        {table.columns.map((column) => (
          <RoleField
            key={column.letter}
            column={column}
            role={state.roles[column.letter] ?? column.role}
            disabled={busy}
            onChange={(role) => actions.setRole(column.letter, role)}
          />
        ))}
      </fieldset>

      <Field
        label={text.t("pane.table.period")}
        hint={
          table.period
            ? text.t("pane.table.period-found", { start: text.date(table.period.start), end: text.date(table.period.end) })
            : `${text.t("pane.table.period-none")} ${text.t("pane.table.period-hint")}`
        }
        validationState={periodInvalid ? "error" : "none"}
        validationMessage={periodInvalid ? text.t("pane.table.period-invalid", { value: state.periodText.trim() }) : undefined}
      >
        <Input value={state.periodText} onChange={(_, data) => actions.setPeriod(data.value)} disabled={busy} />
      </Field>

      <Checkbox
        checked={state.allowUnmerge}
        onChange={(_, data) => actions.setAllowUnmerge(data.checked === true)}
        label={text.t("pane.table.allow-unmerge")}
        disabled={busy}
      />
      <div className={styles.actions}>
        <Button appearance="secondary" onClick={() => void actions.apply()} disabled={busy || periodInvalid || headerless}>
          {text.t("pane.table.apply")}
        </Button>
      </div>
    </>
  );
}

/** "row 31", "rows 12–13": the header's sheet rows, never to be read as a count of rows. */
export function headerRowsText(rows: number[], text: ReturnType<typeof usePaneText>): string {
  if (rows.length === 0) return text.t("pane.table.header-none");
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  return first === last ? text.t("pane.table.header-row", { row: first }) : text.t("pane.table.header-span", { first, last });
}

/** One column's role: a dropdown labelled with the column letter and its header text. */
function RoleField({
  column,
  role,
  disabled,
  onChange,
}: {
  column: PaneColumn;
  role: Role;
  disabled: boolean;
  onChange: (role: Role) => void;
}) {
  const text = usePaneText();
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const header = column.header.trim() === "" ? text.t("pane.table.no-header") : column.header;
  // Seen: "B · Дейност"; heard: "Role of column B: Дейност".
  const label = (
    <>
      <span className={hidden.root}>{text.t("pane.table.column-role", { column: column.letter })}: </span>
      <span aria-hidden="true">{column.letter} · </span>
      {header}
    </>
  );
  return (
    <Field label={{ children: label }}>
      <Dropdown
        className={styles.dropdown}
        value={text.t(`role.${role}`)}
        selectedOptions={[role]}
        disabled={disabled}
        // Fluent's own label for the list's clear button is English only.
        clearButton={{ "aria-label": text.t("pane.clear-selection") }}
        onOptionSelect={(_, data) => {
          if (data.optionValue) onChange(data.optionValue as Role);
        }}
      >
        {ROLES.map((r) => (
          <Option key={r} value={r}>
            {text.t(`role.${r}`)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
