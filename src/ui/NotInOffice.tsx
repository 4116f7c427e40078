import { FluentProvider, Link, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../i18n/format";
import { uiWords } from "../i18n/ui";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "40em" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/**
 * Shown when the task pane page is opened outside Excel, or when office.js itself did not load
 * (`officeMissing`: no network to Microsoft's CDN): what happened and where to go instead.
 */
export function NotInOffice({ lang, workbenchUrl, officeMissing = false }: { lang: Lang; workbenchUrl: string; officeMissing?: boolean }) {
  const styles = useStyles();
  const words = uiWords(lang).notInOffice;
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root} lang={lang}>
        <h1 className={styles.title}>{officeMissing ? words.officeMissingTitle : words.title}</h1>
        <p>{officeMissing ? words.officeMissingBody : words.body}</p>
        <p>
          <Link href={workbenchUrl}>{words.workbench}</Link>
        </p>
      </main>
    </FluentProvider>
  );
}
