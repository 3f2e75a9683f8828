import { useEffect, useState, type RefObject } from "react";

/** Whether an element is visible inside a scroll container (or the viewport when root is absent). */
export function useInView(target: RefObject<Element | null>, root: RefObject<Element | null>): boolean {
  const [isInView, setIsInView] = useState(false);
  useEffect(() => {
    const element = target.current;
    if (!element) return;
    const observer = new IntersectionObserver(([entry]) => setIsInView(entry?.isIntersecting ?? false), { root: root.current });
    observer.observe(element);
    return () => observer.disconnect();
  }, [target, root]);
  return isInView;
}
