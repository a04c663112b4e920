// Escape sequences a terminal acts on: CSI (colours, cursor moves, clearing the screen) in its 7-
// and 8-bit forms; OSC, DCS, APC, PM and SOS strings (window titles, hyperlinks, clipboard writes)
// up to their BEL or ST, the string's text captured and its end captured when it has one; any
// other ESC sequence. A string left open matches too, up to where it stops, so that no introducer
// inside it scans the same text again: a pattern that failed there would be tried anew from every
// introducer, which is quadratic on a text made of them.
const ESCAPE_SEQUENCE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b[\]P_^X]|[\u0090\u0098\u009d-\u009f])([^\u0007\u001b\u009c]*)(\u0007|\u001b\\|\u009c)?|\u001b[ -/]*[0-~]?/g;
// The one sequence that can stand inside an open string: the 8-bit CSI (an ESC ends the string).
const CSI_8BIT = /\u009b[0-?]*[ -/]*[@-~]?/g;
// Every other C0 and C1 control but tab and newline (a carriage return could overwrite a line).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Removes terminal escape sequences and control characters (tab and newline stay) from text bound
 * for a terminal, so an article or a feed can never drive the terminal that shows it. A string
 * sequence left unterminated loses only its introducer: the words after it stay visible.
 */
export function stripTerminalControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, withoutSequence).replace(CONTROL, "");
}

/**
 * What is left of one match of ESCAPE_SEQUENCE: nothing, but for a string left open its text, less
 * any 8-bit CSI in it (the CONTROL pass drops the introducer's other 8-bit forms).
 */
function withoutSequence(_sequence: string, text?: string, end?: string): string {
  return text === undefined || end !== undefined ? "" : text.replace(CSI_8BIT, "");
}
