/**
 * Resolves in a later task (a macrotask, not a microtask): the page paints and answers clicks
 * between the parts of a long piece of work.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
