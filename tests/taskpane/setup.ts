import "@testing-library/jest-dom";

// Fluent UI measures elements; jsdom has no ResizeObserver.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;

// The pane's tests run whole checks; on a busy two-core machine a step can take over a second.
import { configure } from "@testing-library/react";
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);

// Browsers and workers have TextDecoder/TextEncoder (the file reader decodes zip parts with
// them); jsdom does not, so Node's own are lent to it.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });
