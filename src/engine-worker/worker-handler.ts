import { analyzeSheet } from "../engine/analyze";
import type { Grid } from "../engine/model";
import type { WorkerReply, WorkerRequest } from "./messages";
import { slimAnalysis } from "./slim-analysis";

/**
 * The worker's side of the conversation: rows sent ahead are kept until their request comes,
 * then the whole grid is checked. Returns the reply to post, or nothing for a part of rows.
 */
export function workerHandler(): (message: WorkerRequest) => WorkerReply | undefined {
  const ahead = new Map<number, Array<Grid["rows"]>>();
  return (message) => {
    if (!("grid" in message)) {
      ahead.set(message.id, [...(ahead.get(message.id) ?? []), message.rows]);
      return undefined;
    }
    const { id, settings, choices, slim } = message;
    const parts = ahead.get(id) ?? [];
    ahead.delete(id);
    const grid = parts.length === 0 ? message.grid : { ...message.grid, rows: [...parts, message.grid.rows].flat() };
    try {
      const analysis = analyzeSheet(grid, settings, choices);
      return { id, analysis: slim ? slimAnalysis(analysis, settings) : analysis };
    } catch (error) {
      return { id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  };
}
