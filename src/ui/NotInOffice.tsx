import { FluentProvider, Link, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../i18n/format";
import { uiWords } from "../i18n/ui";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "40em" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** Shown when the task pane page is opened outside Excel: where to go instead. */
export function NotInOffice({ lang, workbenchUrl }: { lang: Lang; workbenchUrl: string }) {
  const styles = useStyles();
  const words = uiWords(lang).notInOffice;
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root} lang={lang}>
        <h1 className={styles.title}>{words.title}</h1>
        <p>{words.body}</p>
        <p>
          <Link href={workbenchUrl}>{words.workbench}</Link>
        </p>
      </main>
    </FluentProvider>
  );
}
