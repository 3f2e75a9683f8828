// Pages are addressed by the URL hash (#/classes), so the API can serve one index.html for every
// page and reloads and shared links keep working without server-side routes. Later pages (a
// class's conversation, homework, lessons, roster import) add a variant here and a case in
// parseRoute, routeHref and the app's switch.
export type Route = { name: "classes" } | { name: "not-found"; path: string };

export const HOME_ROUTE: Route = { name: "classes" };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, "").replace(/\/+$/, "") || "/";
  switch (path) {
    case "/":
    case "/classes":
      return { name: "classes" };
    default:
      return { name: "not-found", path };
  }
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case "classes":
      return "#/classes";
    case "not-found":
      return `#${route.path}`;
  }
}
