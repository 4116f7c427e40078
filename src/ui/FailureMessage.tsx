import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { UiWords } from "../i18n/ui";
import type { PaneFailure } from "./failure";

/** What went wrong and what to do, with the adapter's own words kept as the technical detail. */
export function FailureMessage({ failure, words, lead }: { failure: PaneFailure; words: UiWords; lead?: string }) {
  const text = words.failure[failure.code];
  const known = failure.code === "UNREADABLE_FILE" && failure.detail ? words.unreadableDetail[failure.detail] : undefined;
  return (
    <MessageBar intent="error" layout="multiline" data-failure={failure.code}>
      <MessageBarBody>
        <MessageBarTitle>{lead ? `${lead} ${text.title}` : text.title}</MessageBarTitle>
        {known ? <p>{known}</p> : null}
        <p>{text.advice}</p>
        {!known ? <p style={{ opacity: 0.75, wordBreak: "break-word" }}>{words.technicalDetail(failure.message)}</p> : null}
      </MessageBarBody>
    </MessageBar>
  );
}
