// messages.search through the router: each person's searches are limited, so a script looping on
// an expensive query is stopped while a person never notices.
import { TRPCError } from "@trpc/server";
import { createSearchLimit, MemoryCounterStore } from "@zang/core";
import { buildTestSchool, connectTestDb, viewerFor } from "@zang/core/testing";
import { afterAll, describe, expect, it } from "vitest";
import { appRouter } from "../app-router.ts";
import { createContextInner } from "../context.ts";
import { createTestServices } from "../testing/test-services.ts";
import { createCallerFactory } from "../trpc.ts";

const db = connectTestDb();
const services = createTestServices(db, { searchLimit: createSearchLimit(new MemoryCounterStore(), { limit: 5 }) });
const createCaller = createCallerFactory(appRouter);
afterAll(() => db.close());

describe("messages.search", () => {
  it("answers a person's searches up to the limit, then TOO_MANY_REQUESTS with when to try again; others search on", async () => {
    const school = await buildTestSchool(db, "search-limit");
    const classId = school.classIds["7-A"]!;
    const student = createCaller(createContextInner({ services, viewer: await viewerFor(db, school, "student1") }));
    const teacher = createCaller(createContextInner({ services, viewer: await viewerFor(db, school, "teacher1") }));
    await teacher.messages.send({ classId, body: "Quiz on Saturday", clientId: "quiz-notice" });

    for (let search = 0; search < 5; search++) expect((await student.messages.search({ classId, query: "quiz" })).messages).toHaveLength(1);
    const refused = await student.messages.search({ classId, query: "quiz" }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TRPCError);
    expect((refused as TRPCError).code).toBe("TOO_MANY_REQUESTS");
    expect((refused as TRPCError).message).toMatch(/^Too many searches in a short time\. Try again in \d+ seconds?\.$/);
    expect((await teacher.messages.search({ classId, query: "quiz" })).messages).toHaveLength(1);
  });
});
