import { columnLetter } from "../address";
import { PRODUCTS, type ListName } from "../columns";
import {
  DATE_FORMAT,
  numberFormatFor,
  TEXT_FORMAT,
  type Template,
  type TemplateColumn,
} from "../template";

/** The template layouts the CLI offers (`ocop template --layout`). */
export const TEMPLATE_LAYOUTS = ["standard", "history"] as const;
export type TemplateLayout = (typeof TEMPLATE_LAYOUTS)[number];

export const ROUND_TITLES = ["Đánh giá lần 1", "Đánh giá lần 2/nâng hạng"] as const;

interface Part {
  key: string;
  header: string;
  width: number;
  format: string;
  list?: ListName;
}

const fromSpec = (key: string, header?: string): Part => {
  const c = PRODUCTS.columns.find((col) => col.key === key)!;
  return {
    key,
    header: header ?? c.header,
    width: c.width,
    format: numberFormatFor(c.type),
    ...(c.list ? { list: c.list } : {}),
  };
};

const text = (key: string, header: string, width: number): Part => ({
  key,
  header,
  width,
  format: TEXT_FORMAT,
});

// A round's columns, as offices head them; "Điểm" lets the bands be checked (the field's lists
// often lack it, which is only an info finding).
const ROUND_PARTS: readonly Part[] = [
  fromSpec("score"),
  fromSpec("stars"),
  { ...fromSpec("decisionDate", "Ngày công nhận"), format: DATE_FORMAT },
  { key: "year", header: "Năm", width: 8, format: "0" },
  fromSpec("decisionNo", "Số QĐ"),
  fromSpec("level", "Cơ quan công nhận"),
];

/**
 * The ranked-products sheet in the history layout (issue 13): the producer's columns (to merge
 * over its products), the product, two recognition rounds under merged titles, the current
 * stars and the expiry. Everything else of the template (the other sheets, the lists, the
 * dropdowns' sources) stays as it is; `unitHeader` is the unit column's header in `template`.
 */
export function withHistoryLayout(template: Template): Template {
  const standard = template.tracking.find((s) => s.kind === "products")!;
  const unitHeader = standard.columns.find((c) => c.key === "district")?.header;
  const shared: Part[] = [
    fromSpec("seq"),
    fromSpec("producerType", "Loại hình"),
    fromSpec("producer"),
    fromSpec("district", unitHeader),
    text("address", "Địa chỉ", 28),
    text("representative", "Người đại diện", 22),
    text("phone", "Điện thoại", 14),
    fromSpec("product"),
    fromSpec("group"),
    fromSpec("productSet"),
  ];
  const tail: Part[] = [
    { ...fromSpec("stars", "Hạng sao hiện tại"), key: "currentStars" },
    fromSpec("expiryDate"),
    text("note", "Ghi chú", 24),
  ];
  const parts: { part: Part; upper: string; round?: number }[] = [
    ...shared.map((part) => ({ part, upper: part.header })),
    ...ROUND_TITLES.flatMap((title, k) =>
      ROUND_PARTS.map((part, i) => ({
        part: { ...part, key: `${part.key}${k + 1}` },
        upper: i === 0 ? title : "",
        round: k,
      }))
    ),
    ...tail.map((part) => ({ part, upper: part.header })),
  ];
  const columns: TemplateColumn[] = parts.map(({ part, round }, i) => ({
    key: part.key,
    // A column headed from the upper row alone leaves the lower cell blank (merged down).
    header: round === undefined ? "" : part.header,
    index: i + 1,
    letter: columnLetter(i + 1),
    width: part.width,
    numberFormat: part.format,
    ...(part.list ? { list: part.list } : {}),
  }));
  const merges: string[] = [];
  parts.forEach(({ round }, i) => {
    const letter = columnLetter(i + 1);
    if (round === undefined) merges.push(`${letter}1:${letter}2`);
  });
  ROUND_TITLES.forEach((_, k) => {
    const first = parts.findIndex((p) => p.round === k) + 1;
    merges.push(`${columnLetter(first)}1:${columnLetter(first + ROUND_PARTS.length - 1)}1`);
  });
  const history = {
    ...standard,
    columns,
    upperHeader: parts.map((p) => p.upper),
    merges,
  };
  return {
    ...template,
    tracking: template.tracking.map((s) => (s.kind === "products" ? history : s)),
  };
}
