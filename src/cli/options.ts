/**
 * Parsers for numeric command-line options, with errors that name the option.
 */
import {InvalidArgumentError} from "commander";

/** A non-negative whole number. */
export function intOption(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} expects a whole number ≥ 0, got "${value}"`);
    return n;
  };
}
