/** The look of a result block under a button (the last Grade all, the template actions): one place for both. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useResultStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  note: { color: tokens.colorNeutralForeground2 },
});
