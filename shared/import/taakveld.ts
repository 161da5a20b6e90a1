// A taakveld as financial systems and Excel write it, to the code that goes into the file:
// "6.71b", "6.1 Samenkracht en burgerparticipatie", "Taakveld 6.2", "6,71" (Excel made it a
// number with a decimal comma), or a known name. Anything else is kept as written.
import { OTHER_TAAKVELDEN, TAAKVELDEN } from '../taakvelden';

const norm = (s: string) => s.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ');

export function taakveldCode(text: string): string {
  const typed = text.trim();
  if (typed === '') return '';
  const all = [...TAAKVELDEN, ...OTHER_TAAKVELDEN];
  const known = (code: string) => all.some((t) => t.code === code);
  if (known(typed)) return typed;
  const lead = /^(?:taakveld\s*)?(\d{1,2}[.,]\d{1,3}[a-z]?)(?:\s*(?:[-–—:]\s*|\s)|$)/i.exec(typed);
  if (lead) {
    const code = (lead[1] as string).replace(',', '.').toLowerCase();
    if (known(code) || lead[0].length === typed.length || /^taakveld/i.test(typed)) return code;
  }
  const byName = all.find((t) => norm(t.name) === norm(typed));
  return byName ? byName.code : typed;
}
