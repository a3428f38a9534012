import { useEffect, useState } from "react";
import type { NationalReference } from "../../../core/reference/nationalReference";
import { loadNationalReference } from "../../../core/reference/national";

/**
 * The national reference (unit types on each row's date), loaded on demand, once; undefined until
 * then, and if it cannot load (the report then names units from the workbook's own lists).
 */
export function useNationalReference(): NationalReference | undefined {
  const [reference, setReference] = useState<NationalReference | undefined>();
  useEffect(() => {
    let live = true;
    loadNationalReference().then(
      (r) => live && setReference(r),
      () => undefined
    );
    return () => void (live = false);
  }, []);
  return reference;
}
