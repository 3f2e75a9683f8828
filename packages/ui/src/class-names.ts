/** Joins the class names that are set, so components can merge their own with a caller's. */
export function classNames(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(" ");
}
