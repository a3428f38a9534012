import { loadNationalReference, type NationalReference } from "../../src/core/reference/national";

/**
 * The national reference for a test file, loaded once before its tests (as the doors do before
 * checking): read `.current` inside a test or a hook, never at the file's top level.
 */
export function nationalReferenceOnce(): { readonly current: NationalReference } {
  const holder = {} as { current: NationalReference };
  beforeAll(async () => {
    holder.current = await loadNationalReference();
  });
  return holder;
}
