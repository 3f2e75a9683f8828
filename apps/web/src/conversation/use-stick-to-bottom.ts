import { useCallback, useLayoutEffect, useRef, type RefObject } from "react";

/** Within this distance of the bottom the reader counts as following the conversation. */
const BOTTOM_SLACK_PX = 80;

/**
 * Chat scrolling: start at the newest message; keep following new ones while the reader is at the
 * bottom (or has just sent one); leave them be while they read further up; and when older
 * messages are added above, keep what the reader was looking at in place.
 */
export function useStickToBottom({
  container,
  firstId,
  lastId,
  pendingCount,
}: {
  container: RefObject<HTMLElement | null>;
  firstId: string | undefined;
  lastId: string | undefined;
  pendingCount: number;
}) {
  const isAtBottom = useRef(true);
  const previous = useRef({ firstId, pendingCount, scrollHeight: 0 });

  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const before = previous.current;
    const prepended = before.firstId !== undefined && firstId !== before.firstId;
    if (isAtBottom.current || pendingCount > before.pendingCount) {
      element.scrollTop = element.scrollHeight;
      isAtBottom.current = true;
    } else if (prepended) {
      element.scrollTop += element.scrollHeight - before.scrollHeight;
    }
    previous.current = { firstId, pendingCount, scrollHeight: element.scrollHeight };
  }, [container, firstId, lastId, pendingCount]);

  return useCallback(() => {
    const element = container.current;
    if (!element) return;
    isAtBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < BOTTOM_SLACK_PX;
    previous.current.scrollHeight = element.scrollHeight;
  }, [container]);
}
