import { makeStyles } from "@fluentui/react-components";

/** Text read by screen readers but not shown: the words a badge or a letter stands for. */
export const useVisuallyHidden = makeStyles({
  root: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});
