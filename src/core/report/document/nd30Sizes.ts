/**
 * Sizes (pt) and styles of Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I ("NĐ 30 I.II.1.a" below is
 * Phần I, Mục II, khoản 1, điểm a); each value cites its point. The cells are laid out as the
 * sơ đồ of Mục IV places them: ô số 1 and 4 right, ô số 2 and 3 left, 9b left beside 7a–7c.
 */
export const ND30_SIZE = {
  // NĐ 30 I.II.2.b: tên cơ quan chủ quản in hoa, đứng; cơ quan ban hành in hoa, đứng, đậm; 12–13.
  agency: 13,
  // NĐ 30 I.II.3.c: "Số" in thường, ký hiệu in hoa, cỡ chữ 13, đứng.
  number: 13,
  // NĐ 30 I.II.1.a: Quốc hiệu in hoa, 12–13, đứng, đậm.
  nation: 13,
  // NĐ 30 I.II.1.b: Tiêu ngữ in thường, 13–14, đứng, đậm, đường kẻ bằng độ dài dòng chữ.
  motto: 14,
  // NĐ 30 I.II.4.c: địa danh và thời gian in thường, 13–14, nghiêng.
  place: 14,
  // NĐ 30 I.II.5.b: tên loại in hoa, trích yếu in thường; 13–14, đứng, đậm, canh giữa.
  title: 14,
  // NĐ 30 I.II.7.đ: quyền hạn, chức vụ in hoa; họ tên in thường; 13–14, đứng, đậm.
  sign: 14,
};
// NĐ 30 I.II.9.d (ô số 9b): "Nơi nhận:" in thường, cỡ chữ 12, nghiêng, đậm.
export const RECIPIENTS_HEADING_PT = 12;
// NĐ 30 I.II.9.d (ô số 9b): the list in thường, cỡ chữ 11, đứng, "Lưu: VT, ..." last.
export const RECIPIENTS_PT = 11;
// NĐ 30 sets no size for a table's cells; 12 pt keeps seven columns readable on a landscape A4.
export const TABLE_PT = 12;
