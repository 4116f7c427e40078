import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { SheetAnalysis } from "../engine/analyze";
import { colLetter } from "../engine/model";
import type { UiWords } from "../i18n/ui";

const useStyles = makeStyles({
  checks: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  para: { margin: 0 },
});

interface Props {
  analysis: SheetAnalysis;
  words: UiWords;
}

/**
 * What was checked and what was not. A sheet is called ready only when nothing numeric was left
 * unread and a budget, capaian or target check ran; otherwise the person is told which columns
 * Cermat did not understand, even when it found errors elsewhere.
 */
export function CoverageNotice({ analysis, words }: Props) {
  const styles = useStyles();
  const { coverage } = analysis;
  const ran = [...new Set(coverage.tables.flatMap((t) => t.checks))].map((code) => words.checkName[code]);
  const unread = coverage.unreadNumeric.map((u) => ({ column: colLetter(u.col), header: u.header }));
  const gaps = unread.length > 0 || coverage.noCoreCheck;
  return (
    <>
      <p className={styles.checks} data-coverage="checks">
        {words.checksRan(ran)}
      </p>
      {gaps ? (
        <MessageBar intent="warning" layout="multiline" data-state="not-ready">
          <MessageBarBody>
            <MessageBarTitle>{words.notReadyTitle(analysis.findings.length > 0)}</MessageBarTitle>
            {unread.length > 0 ? <p className={styles.para}>{words.unreadColumns(unread)}</p> : null}
            {coverage.noCoreCheck ? <p className={styles.para}>{words.noCoreCheck}</p> : null}
            <p className={styles.para}>{words.notReadyAdvice}</p>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
