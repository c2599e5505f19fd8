import {
  Button,
  makeStyles,
  mergeClasses,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { RegistryItem, RegistryKind } from "../service";
import type { PaneState } from "../state/pane-state";
import type { PaneActions } from "../state/use-plan-check";
import { usePaneText } from "./pane-text";

const useStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%" },
  cell: { overflowWrap: "anywhere", whiteSpace: "normal", verticalAlign: "top" },
  source: { color: tokens.colorNeutralForeground3 },
});

const KINDS: { kind: RegistryKind; key: string }[] = [
  { kind: "executor", key: "pane.registry.executors" },
  { kind: "unit", key: "pane.registry.units" },
  { kind: "level", key: "pane.registry.levels" },
];

/** Registry: the executors and units PlanCheck knows for this workbook, and where each came from. */
export function RegistrySection({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const text = usePaneText();
  return (
    <section aria-labelledby="pane-registry-heading" className="pane-section">
      <Subtitle2 as="h2" id="pane-registry-heading">
        {text.t("pane.registry.heading")}
      </Subtitle2>
      <Text as="p">{text.t("pane.registry.intro")}</Text>
      <div>
        <Button onClick={() => void actions.loadRegistry()} disabled={state.busy !== null}>
          {text.t("pane.registry.load")}
        </Button>
      </div>
      {state.registry &&
        KINDS.map(({ kind, key }) => (
          <RegistryTable key={kind} title={text.t(key)} items={state.registry!.filter((i) => i.kind === kind)} />
        ))}
    </section>
  );
}

function RegistryTable({ title, items }: { title: string; items: RegistryItem[] }) {
  const text = usePaneText();
  const styles = useStyles();
  // One source for every row is said once, under the heading, not repeated on each row.
  const sources = new Set(items.map((i) => i.source));
  const oneSource = sources.size === 1 ? [...sources][0] : null;
  return (
    <>
      <Text as="h3" weight="semibold">
        {items.length > 0 ? `${title} (${text.number(items.length)})` : title}
      </Text>
      {items.length === 0 ? (
        <Text as="p">{text.t("pane.registry.empty")}</Text>
      ) : oneSource ? (
        <>
          <Text as="p" className={styles.source}>
            {text.t("pane.registry.source")}: {text.t(`pane.registry.source.${oneSource}`)}
          </Text>
          <Table size="small" aria-label={title} className={styles.table}>
            <TableBody>
              {items.map((item, i) => (
                <TableRow key={`${item.name}#${i}`}>
                  <TableCell className={styles.cell}>{itemName(item)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      ) : (
        <Table size="small" aria-label={title} className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{text.t("pane.registry.name")}</TableHeaderCell>
              <TableHeaderCell>{text.t("pane.registry.source")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((item, i) => (
              <TableRow key={`${item.name}#${i}`}>
                <TableCell className={styles.cell}>{itemName(item)}</TableCell>
                <TableCell className={mergeClasses(styles.cell, styles.source)}>{text.t(`pane.registry.source.${item.source}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}

/** An executor's abbreviation with its full name, as plans write both. */
function itemName(item: RegistryItem): string {
  return item.fullName && item.fullName !== item.name ? `${item.name} — ${item.fullName}` : item.name;
}
