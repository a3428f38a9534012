import { useEffect } from "react";

/**
 * While the page holds fixed cells not yet downloaded, leaving or reloading asks first: the
 * browser shows its own question (`beforeunload` text is no longer the page's to choose).
 */
export function useLeaveGuard(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium and Safari want returnValue set as well.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [active]);
}
