import { describe, expect, it } from "vitest";
import { isSameDefault } from "./same-default.ts";

describe("isSameDefault", () => {
  it("sees through the casts PostgreSQL adds when it prints a default back", () => {
    expect(isSameDefault("'Asia/Tehran'", "'Asia/Tehran'::text")).toBe(true);
    expect(isSameDefault("'it''s'", "'it''s'::character varying")).toBe(true);
    expect(isSameDefault("'green'", `'green'::"Colour"`)).toBe(true);
    expect(isSameDefault("ARRAY['a', 'b']", "ARRAY['a'::text, 'b'::text]")).toBe(true);
    expect(isSameDefault("-1.5", "'-1.5'::double precision")).toBe(true);
    expect(isSameDefault("0", "0")).toBe(true);
  });

  it("treats a sequence default as autoincrement() and now() as CURRENT_TIMESTAMP", () => {
    expect(isSameDefault("autoincrement()", `nextval('"Gadget_id_seq"'::regclass)`)).toBe(true);
    expect(isSameDefault("CURRENT_TIMESTAMP", "now()")).toBe(true);
  });

  it("accepts any default for dbgenerated() without an expression, but not a missing one", () => {
    expect(isSameDefault("dbgenerated()", "nextval('x'::regclass)")).toBe(true);
    expect(isSameDefault("dbgenerated()", null)).toBe(false);
  });

  it("tells different values and a missing default apart", () => {
    expect(isSameDefault("'fa'", "'en'::text")).toBe(false);
    expect(isSameDefault("'fa'", null)).toBe(false);
    expect(isSameDefault(null, "'fa'::text")).toBe(false);
    expect(isSameDefault("'5'", "'50'::text")).toBe(false);
  });
});
