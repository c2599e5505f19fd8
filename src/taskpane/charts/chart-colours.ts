import type { Severity } from "../../engine/finding";
import type { Status } from "../../engine/scorecard";
import type { TimelineStatus } from "./timeline-data";

/**
 * Colours of the pictures, one place for all: plain colours, since the chart library writes them
 * into SVG attributes where the theme's CSS variables do not apply. Fluent UI's palette, so the
 * charts sit with the pane's badges and the Scorecard sheet's traffic lights.
 */

export const SEVERITY_COLOURS: Record<Severity, string> = { error: "#C50F1F", warning: "#DA3B01", info: "#0F6CBD" };

export const STATUS_COLOURS: Record<Status, string> = { green: "#107C10", amber: "#EAA300", red: "#C50F1F", grey: "#8A8886" };

export const TIMELINE_STATUS_COLOURS: Record<TimelineStatus, string> = {
  outside: "#8764B8",
  overdue: "#C50F1F",
  error: "#DA3B01",
  warning: "#EAA300",
  fine: "#107C10",
};

/** Responsible bodies, in legend order; the last one is for the bodies past them. */
export const BODY_PALETTE = ["#0F6CBD", "#CA5010", "#038387", "#8764B8", "#498205", "#C239B3", "#4F6BED", "#8A8886"];
