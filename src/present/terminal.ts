// Escape sequences a terminal acts on: CSI (colours, cursor moves, clearing the screen) in its 7-
// and 8-bit forms; OSC, DCS, APC, PM and SOS strings (window titles, hyperlinks, clipboard writes)
// up to their BEL or ST; any other ESC sequence. No quantifier is nested, so matching stays linear.
const ESCAPE_SEQUENCE = new RegExp(
  [
    "(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]?",
    "(?:\\u001b[\\]P_^X]|[\\u0090\\u0098\\u009d-\\u009f])[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)",
    "\\u001b[ -/]*[0-~]?",
  ].join("|"),
  "g",
);
// Every other C0 and C1 control but tab and newline (a carriage return could overwrite a line).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Removes terminal escape sequences and control characters (tab and newline stay) from text bound
 * for a terminal, so an article or a feed can never drive the terminal that shows it. A string
 * sequence left unterminated loses only its introducer: the words after it stay visible.
 */
export function stripTerminalControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, "").replace(CONTROL, "");
}
