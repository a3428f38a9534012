import { aCouncil, aTraining, type RawRow } from "./rows";

/**
 * The seed report's 2023 activities (../seed/bao-cao-ocop-2023.txt, section 1) as sheet rows:
 * "báo cáo chuyên đề tại 04 lớp tập huấn ... do Văn phòng Điều phối xây dựng nông thôn mới tỉnh
 * tổ chức", and dossiers and district councils of 10 An Giang units each.
 */
export const SEED_CLASS_TITLE =
  "Tập huấn triển khai chính sách khuyến công và các văn bản liên quan cho các đối tượng thuộc Chương trình OCOP tỉnh";

export function seedTraining(): RawRow[] {
  return ["2023-04-12", "2023-06-08", "2023-08-17", "2023-10-05"].map((date) =>
    aTraining({ date, title: SEED_CLASS_TITLE })
  );
}

// Ten of An Giang's eleven district-level units of 2023 (domain.md §3.1), with their types.
const SEED_UNITS = [
  "TP. Long Xuyên",
  "thành phố Châu Đốc",
  "thị xã Tân Châu",
  "An Phú",
  "Châu Phú",
  "Châu Thành",
  "Chợ Mới",
  "Phú Tân",
  "Thoại Sơn",
  "Tri Tôn",
];

export function seedCouncils(): RawRow[] {
  return [
    ...SEED_UNITS.map((unit) => aCouncil({ date: "2023-05-20", unit, kind: "góp ý hồ sơ" })),
    ...SEED_UNITS.map((unit) => aCouncil({ date: "2023-09-12", unit, kind: "tham dự hội đồng" })),
  ];
}
