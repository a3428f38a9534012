/**
 * The manifest's FunctionFile. The ribbon button opens the task pane (ShowTaskpane needs no
 * code); Office still requires the function file to load and call Office.onReady.
 */
if (typeof Office !== "undefined") {
  Office.onReady(() => undefined);
}
