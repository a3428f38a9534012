/**
 * What reading one cell found, before it is tied to a row and column: the problem (`invalid` in
 * `fairs.startDate.invalid`; the column's codes in `readerCodes.ts` name the finding) and the
 * rest of the finding. Outcomes are cached per distinct cell value, so one issue object serves
 * every row that holds the same text. Severity is the registry's, per code.
 */
export type SheetIssue =
  | { what: "required" | "decomposed" | "spaces"; suggestion?: string; fixable?: boolean }
  | { what: "formulaError"; params: { error: string } }
  // A formula saved without its result (`UNCALCULATED_FORMULA`): the cell's value is unknown.
  | { what: "uncalculated" }
  | {
      what: "legacyEncoding";
      params: { encoding: string; fixed: string };
      suggestion: string;
      fixable: true;
    }
  | { what: "invalid" | "notNumber" | "notInteger"; params: { text: string } }
  | { what: "outOfRange"; params: { text: string; min: number } }
  | {
      what: "unknown";
      params: { text: string; nearest?: string };
      suggestion?: string;
      fixable?: boolean;
    }
  | {
      what: "outdated";
      params: { name: string; successor: string; date?: string };
      suggestion: string;
      fixable: true;
    }
  | {
      what: "oldName";
      params: { oldName: string; newName: string };
      suggestion: string;
      fixable: true;
    }
  // Unit cells read against the national reference on the row's date (unitReader.ts).
  | {
      what: "elsewhere";
      params: { text: string; unit: string; province: string; home: string };
    }
  | {
      what: "wrongType";
      params: { text: string; name: string; rightType: string };
      suggestion: string;
      fixable: true;
    }
  | { what: "ambiguous"; params: { text: string; candidates: string } }
  // Decisions from 22/5/2026 (QĐ 26/2026/QĐ-TTg).
  | {
      what: "renamed";
      params: { oldName: string; newName: string };
      suggestion: string;
      fixable: true;
    }
  | {
      what: "formerMinistry";
      params: { text: string; ministry: string };
      suggestion: string;
      fixable: true;
    }
  // A council level that cannot sit on the row's date (activity sheets, issue 11).
  | { what: "notInForce"; params: { text: string; date: string } }
  | {
      what: "levelEnded";
      params: { district: string; date: string; commune?: string };
      suggestion?: string;
      fixable?: boolean;
    };

/** The last part of a reading finding's code. */
export type Problem = SheetIssue["what"];

/** A cell read: the typed value (absent when unreadable) and what was found on the way. */
export interface CellOutcome {
  value?: string | number;
  issues?: SheetIssue[];
}
