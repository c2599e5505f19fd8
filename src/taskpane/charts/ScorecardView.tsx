import { Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Scorecard } from "../../engine/scorecard";
import { usePaneText } from "../components/pane-text";
import { STATUS_COLOURS } from "./chart-colours";
import { scorecardLevel } from "./scorecard-data";
import { ScorecardBars } from "./chart-views";

/** The arrows the command line prints for the same trend. */
const TREND_ARROWS = { up: "↑", down: "↓", flat: "→" } as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: `${tokens.spacingVerticalS} 0` },
  list: { margin: 0, paddingInlineStart: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

/**
 * The scorecard after a check: perspectives as bars of their score, coloured by their traffic
 * light; a click on a bar (or on its name in the list) opens its objectives, then their indicators.
 */
export function ScorecardView({ card }: { card: Scorecard }) {
  const text = usePaneText();
  const styles = useStyles();
  const [path, setPath] = useState<number[]>([]);
  const level = useMemo(() => scorecardLevel(card, path), [card, path]);
  // The part of the path that still fits the tree (a new check may have fewer nodes).
  const here = path.slice(0, level.trail.length);
  if (level.bars.length === 0) return null;
  const names = level.bars.map((b) => (b.name.trim() === "" ? text.t("charts.scorecard.unnamed") : b.name));
  const open = (index: number) => setPath([...here, index]);
  const scoreWords = (percent: number | null) => (percent === null ? text.t("charts.scorecard.unmeasured") : `${text.number(percent)} %`);
  const title =
    level.trail.length === 0
      ? text.t("charts.scorecard.level.perspective")
      : text.t(`charts.scorecard.level.${level.kind}`, { name: level.trail[level.trail.length - 1] });
  return (
    <section aria-labelledby="pane-scorecard-view-heading" className={styles.root} data-chart="scorecard">
      <Subtitle2 as="h3" id="pane-scorecard-view-heading">
        {text.t("charts.scorecard.heading")}
      </Subtitle2>
      <Caption1 data-scorecard-level={level.kind}>{title}</Caption1>
      {here.length > 0 && (
        <div>
          <Button size="small" onClick={() => setPath(here.slice(0, -1))}>
            {text.t("charts.scorecard.up")}
          </Button>
        </div>
      )}
      {/* Only what is measured is drawn: a bar of 0 % would say "measured, nothing achieved". */}
      {level.bars.some((b) => b.percent !== null) && (
        <ScorecardBars
          title={title}
          bars={level.bars.flatMap((b, i) =>
            b.percent === null
              ? []
              : [
                  {
                    label: names[i],
                    callout: `${names[i]}: ${scoreWords(b.percent)} · ${text.t(`charts.scorecard.status.${b.status}`)}`,
                    value: b.percent,
                    colour: STATUS_COLOURS[b.status],
                    ...(b.drills ? { onClick: () => open(b.index) } : {}),
                  },
                ],
          )}
        />
      )}
      {/* The same figures in words, each a way down for keyboards and screen readers. */}
      <ul className={styles.list}>
        {level.bars.map((b, i) => (
          <li key={b.index} data-status={b.status}>
            {b.drills ? (
              <Button appearance="transparent" size="small" onClick={() => open(b.index)} aria-label={text.t("charts.scorecard.open", { name: names[i] })}>
                {names[i]}
              </Button>
            ) : (
              <Caption1>{names[i]}</Caption1>
            )}
            <Caption1>
              {" "}
              {b.percent === null ? text.t("charts.scorecard.unmeasured") : `${scoreWords(b.percent)} · ${text.t(`charts.scorecard.status.${b.status}`)}`}
            </Caption1>
            {b.trend && (
              <Caption1 data-trend={b.trend.meaning}>
                {" · "}
                {TREND_ARROWS[b.trend.direction]} {text.t(`charts.scorecard.trend.${b.trend.meaning}`, { from: b.trend.from, to: b.trend.to })}
              </Caption1>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
