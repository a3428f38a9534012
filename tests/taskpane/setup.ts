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
