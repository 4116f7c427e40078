import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { LimitedFeature, UiWords } from "../i18n/ui";

/** Says once, at the top of the pane, what this (older) Excel cannot do and how Cermat copes. */
export function LimitationsNotice({ limitations, words }: { limitations: readonly LimitedFeature[]; words: UiWords }) {
  if (limitations.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{words.limited.title}</MessageBarTitle>
        <ul>
          {limitations.map((feature) => (
            <li key={feature}>{words.limited.feature[feature]}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
