// Testing Library only unmounts between tests by itself when test globals are on; ours are off.
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

afterEach(() => {
  cleanup();
});
