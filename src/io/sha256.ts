/**
 * The sha256 of a text or bytes, as lowercase hex: how manifests and model descriptions tie
 * results to the exact files that made them.
 */
import {createHash} from "node:crypto";

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
