import type { Facts } from './model.ts';

/**
 * Whether the reader's facts meet every condition, as written on <When>:
 * each condition lists allowed values separated by spaces. A fact that the
 * answers did not set meets no condition.
 */
export function factsMatch(facts: Facts, conditions: Readonly<Record<string, string>>): boolean {
  return Object.entries(conditions).every(([key, allowed]) => {
    const value = facts[key];
    return value !== undefined && allowed.split(/\s+/).includes(value);
  });
}
