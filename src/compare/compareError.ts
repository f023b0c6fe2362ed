/**
 * An error in what `compare` was given (a folder that is not a results folder, a metric or
 * group no folder has); the CLI reports it with exit code 2.
 */
export class CompareError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CompareError";
  }
}
