import { NewsbriefError } from "../errors.ts";

/** The INPUT_INVALID error for a file or stream that could not be read, saying why in plain words. */
export function readError(source: string, error: unknown): NewsbriefError {
  if (error instanceof NewsbriefError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why =
    code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "it is a folder"
        : code === "EACCES"
          ? "permission denied"
          : String(code ?? error);
  return new NewsbriefError("INPUT_INVALID", `Cannot read ${source}: ${why}.`, {
    details: { input: source },
    cause: error,
  });
}
