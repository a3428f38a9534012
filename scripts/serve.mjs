// `npm start`: serves the built add-in on http://localhost:3000/ (standalone page: open an .xlsx
// or the bundled sample). For Excel itself use `npm run dev-server` (https) and sideload.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { serve } from "./static-server.mjs";

const dist = resolve(import.meta.dirname, "../dist");
if (!existsSync(resolve(dist, "index.html"))) {
  console.error("dist/ is not built yet: run `npm start` (it builds first) or `npm run build`.");
  process.exit(1);
}
const port = Number(process.env.PORT || 3000);
try {
  const { baseUrl } = await serve(dist, port, "127.0.0.1");
  const url = baseUrl.replace("127.0.0.1", "localhost");
  console.log(
    `\nOCOP sheet checker — mở / open: ${url}\n` +
      `sổ mẫu đã kiểm tra / the sample, checked: ${url}?sample\n(Ctrl+C để dừng / to stop)`
  );
} catch (err) {
  console.error(`Cannot listen on port ${port}: ${err.message}. Try PORT=3001 npm start.`);
  process.exit(1);
}
