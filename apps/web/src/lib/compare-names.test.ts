import { describe, expect, it } from "vitest";
import { nameComparer } from "./compare-names.ts";

describe("nameComparer", () => {
  it("puts numbered names in counting order, in both languages", () => {
    const people = ["دانش‌آموز 10", "دانش‌آموز 2", "دانش‌آموز 1"].map((displayName) => ({ displayName }));
    expect([...people].sort(nameComparer("fa")).map((person) => person.displayName)).toEqual(["دانش‌آموز 1", "دانش‌آموز 2", "دانش‌آموز 10"]);
    const english = ["Student 10", "student 9", "Ali"].map((displayName) => ({ displayName }));
    expect([...english].sort(nameComparer("en")).map((person) => person.displayName)).toEqual(["Ali", "student 9", "Student 10"]);
  });
});
