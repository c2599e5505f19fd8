import { Caption1, Spinner } from "@fluentui/react-components";
import { Component, lazy, Suspense, type ReactNode } from "react";
import { usePaneText } from "../components/pane-text";

/**
 * The pictures and the chart library are large: they load in a chunk of their own the first time
 * a check shows them, so the pane's first load stays small.
 */
const panels = () => import(/* webpackChunkName: "charts" */ "./panels");

const GlanceLazy = lazy(() => panels().then((m) => ({ default: m.FindingsAtAGlance })));
const TimelineLazy = lazy(() => panels().then((m) => ({ default: m.Timeline })));
const ScorecardLazy = lazy(() => panels().then((m) => ({ default: m.ScorecardView })));

type Props<T> = T extends (props: infer P) => unknown ? P : never;

export function LazyFindingsAtAGlance(props: Props<typeof import("./FindingsAtAGlance").FindingsAtAGlance>) {
  return (
    <ChartFrame>
      <GlanceLazy {...props} />
    </ChartFrame>
  );
}

export function LazyTimeline(props: Props<typeof import("./Timeline").Timeline>) {
  return (
    <ChartFrame>
      <TimelineLazy {...props} />
    </ChartFrame>
  );
}

export function LazyScorecardView(props: Props<typeof import("./ScorecardView").ScorecardView>) {
  return (
    <ChartFrame>
      <ScorecardLazy {...props} />
    </ChartFrame>
  );
}

/** A lazily loaded picture with a spinner while it loads, and a short note if it cannot. */
function ChartFrame({ children }: { children: ReactNode }) {
  const text = usePaneText();
  return (
    <ChartBoundary fallback={<Caption1 role="note">{text.t("charts.unavailable")}</Caption1>}>
      <Suspense fallback={<Spinner size="tiny" label={text.t("charts.loading")} />}>{children}</Suspense>
    </ChartBoundary>
  );
}

class ChartBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
