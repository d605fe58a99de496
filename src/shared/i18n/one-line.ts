// A text written in lines (a reason with its ways out: what happened, "Wat je kunt doen:", one line
// per case; messages/sync.ts) where lines are not kept: a CSV cell, which Excel would show as a row
// of its own height, and the command line, where a script reads one order per line. The lines read
// on as sentences (each case ends in a full stop); on screen, orders/ReasonText.tsx lists them.

/** `text` with its lines joined by a space; a text of one line is returned as it is. */
export function inOneLine(text: string): string {
  if (!/[\r\n]/.test(text)) return text;
  return text
    .split(/[\r\n]+/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}
