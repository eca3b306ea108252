import { budgetOptimisation } from './budget-optimisation.ts';
import { creativeRotation } from './creative-rotation.ts';
import { dailyPerformance } from './daily-performance.ts';
import { learnAndRemember } from './learn-and-remember.ts';
import type { Workflow } from './workflow.ts';

/** The daily sequence of DESIGN §5, in the order (and at the local times) the scheduler runs it. */
export const DAILY_WORKFLOWS: readonly Workflow[] = [
  creativeRotation,
  dailyPerformance,
  budgetOptimisation,
  learnAndRemember,
];

export function findWorkflow(name: string): Workflow | undefined {
  return DAILY_WORKFLOWS.find((workflow) => workflow.name === name);
}
