export { createTestServices } from "./test-services.ts";
