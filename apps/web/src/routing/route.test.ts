import { describe, expect, it } from "vitest";
import { parseRoute, routeHref, type Route } from "./route.ts";

describe("parseRoute", () => {
  it("opens the class list for an empty hash or the bare root", () => {
    expect(parseRoute("")).toEqual({ name: "classes" });
    expect(parseRoute("#/")).toEqual({ name: "classes" });
    expect(parseRoute("#/classes/")).toEqual({ name: "classes" });
  });

  it("keeps the unknown path for the not-found page", () => {
    expect(parseRoute("#/nowhere")).toEqual({ name: "not-found", path: "/nowhere" });
  });

  it("reads back every href it writes", () => {
    const routes: Route[] = [{ name: "classes" }, { name: "not-found", path: "/nowhere" }];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });
});
