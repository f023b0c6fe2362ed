/**
 * Whether a name can be one segment of a file path on every common system: a scenario id
 * becomes the folder `results/<id>/`, and `rcmp run --out DIR` with several scenarios writes
 * `DIR/<id>/`. Pure: no `node:` imports; `io/` checks again where a path is built.
 */

/** Longest name accepted as a path segment (a scenario id), in characters. */
export const maxSegmentLength = 100;

/** Windows device names, reserved with any extension (`CON`, `nul.txt`, `COM1`, ...). */
const reserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\.[^.]*)?$/i;

/** Why `name` cannot be a path segment, or undefined when it can. */
export function pathSegmentProblem(name: string): string | undefined {
  if (name === "") return "is empty";
  if (name.length > maxSegmentLength) return `is ${name.length} characters long, more than ${maxSegmentLength}`;
  if (name === "." || name === "..") return `"${name}" would name a folder itself, not one inside it`;
  if (/[/\\]/.test(name)) return "holds a path separator (/ or \\)";
  if (name.startsWith(".")) return "starts with a dot (a hidden folder)";
  if (/[. ]$/.test(name)) return "ends with a dot or a space, which Windows drops from file names";
  if (/[<>:"|?*\u0000-\u001f\u007f]/.test(name)) return "holds a character that Windows refuses in file names (< > : \" | ? * or a control character)";
  if (reserved.test(name)) return "is a device name that Windows reserves (CON, PRN, AUX, NUL, COM1-9, LPT1-9)";
  return undefined;
}
