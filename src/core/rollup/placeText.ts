import type { Lang } from "../findings/lang";
import type { SourcePlace } from "./types";

/** "huyen-cho-moi.xlsx, Sản phẩm OCOP, ô B12" / "huyen-cho-moi.xlsx, Sản phẩm OCOP, cell B12". */
export function placeText(place: SourcePlace, lang: Lang): string {
  const cell = lang === "vi" ? "ô" : "cell";
  return `${place.file}, ${place.sheet}, ${cell} ${place.column}${place.row}`;
}
