/**
 * jsdom has no layout: Fluent's MessageBar watches its own size to reflow. Nothing to observe
 * there, so component tests install an observer that observes nothing.
 */
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

globalThis.ResizeObserver ??= NoLayoutResizeObserver;
