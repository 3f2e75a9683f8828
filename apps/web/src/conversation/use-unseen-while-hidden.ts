import { useEffect, useRef, useState } from "react";
import type { Message } from "../api-types.ts";
import { usePageHidden } from "../lib/use-page-hidden.ts";

/** Others' messages that arrived while the tab was in the background; 0 once it is back. */
export function useUnseenWhileHidden(messages: readonly Message[], viewerId: string): number {
  const isHidden = usePageHidden();
  const newestSeq = useRef(0);
  newestSeq.current = messages.at(-1)?.seq ?? 0;
  // The newest message when the tab was left: everything after it is news.
  const [hiddenAfterSeq, setHiddenAfterSeq] = useState<number | null>(null);
  useEffect(() => setHiddenAfterSeq(isHidden ? newestSeq.current : null), [isHidden]);
  if (hiddenAfterSeq === null) return 0;
  return messages.filter((message) => message.seq > hiddenAfterSeq && message.authorId !== viewerId).length;
}
