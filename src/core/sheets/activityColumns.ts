import { ACTIVITY_SHEET_LABELS, COLUMN_LABELS as L } from "../findings/labels";
import type { ColumnSpec, SheetSpec } from "./columns";

/**
 * The two optional activity sheets (issue 11), specified as columns.ts specifies the tracking
 * sheets. They are found by name only (their headers are too plain to tell them apart), and a
 * workbook without them has no finding: they only feed section 1 of the whole document.
 *
 * Tập huấn: one row per training class; Hội đồng: one row per council attended or per unit
 * whose dossiers were commented on. Units are read on the row's date, as the tracking sheets'.
 */
// A free note, as the tracking sheets have.
const NOTE = {
  key: "note",
  header: L.note.vi,
  synonyms: ["Note"],
  type: "text",
  required: false,
  width: 24,
} as const satisfies ColumnSpec<"note">;

export const TRAINING: SheetSpec<"training"> = {
  kind: "training",
  defaultName: ACTIVITY_SHEET_LABELS.training.vi,
  nameSynonyms: ["Tap huan", "Đào tạo tập huấn", "Lớp tập huấn", "Đào tạo", "Training"],
  columns: [
    {
      key: "date",
      header: L.date.vi,
      synonyms: ["Ngày tổ chức", "Thời gian", "Ngày tập huấn", "Date"],
      type: "date",
      required: true,
      width: 12,
    },
    {
      key: "title",
      header: L.title.vi,
      synonyms: ["Tên lớp", "Nội dung tập huấn", "Lớp tập huấn", "Nội dung", "Title"],
      type: "text",
      required: true,
      width: 48,
    },
    {
      key: "organizer",
      header: L.organizer.vi,
      synonyms: ["Đơn vị chủ trì", "Cơ quan tổ chức", "Organizer"],
      type: "text",
      required: true,
      width: 36,
    },
    {
      key: "role",
      header: L.role.vi,
      synonyms: ["Vai trò", "Vai trò của đơn vị", "Hình thức tham gia", "Role"],
      type: "trainingRole",
      required: true,
      list: "trainingRoles",
      width: 16,
    },
    {
      key: "participants",
      header: L.participants.vi,
      synonyms: ["Số học viên", "Số người", "Số lượng học viên", "Participants"],
      type: "integer",
      required: false,
      width: 12,
    },
    NOTE,
  ],
};

export const COUNCILS: SheetSpec<"councils"> = {
  kind: "councils",
  defaultName: ACTIVITY_SHEET_LABELS.councils.vi,
  nameSynonyms: ["Hoi dong", "Hội đồng đánh giá", "Đánh giá phân hạng", "Councils"],
  columns: [
    {
      key: "date",
      header: L.date.vi,
      synonyms: ["Ngày họp", "Thời gian", "Date"],
      type: "date",
      required: true,
      width: 12,
    },
    {
      key: "level",
      header: L.councilLevel.vi,
      synonyms: ["Cấp", "Level"],
      type: "councilLevel",
      required: true,
      list: "councilLevels",
      width: 14,
    },
    {
      key: "unit",
      header: L.unit.vi,
      // Before 01/7/2025 the district-level unit; from then the commune (domain.md §3.2a).
      synonyms: [
        "Huyện/thị xã/thành phố",
        "Xã/phường",
        "Xã/phường/đặc khu",
        "Địa phương",
        "Địa bàn",
        "Unit",
      ],
      type: "district",
      required: true,
      list: "districts",
      width: 22,
    },
    {
      key: "kind",
      header: L.workKind.vi,
      synonyms: ["Hình thức", "Loại công việc", "Kind"],
      type: "councilKind",
      required: true,
      list: "councilKinds",
      width: 18,
    },
    NOTE,
  ],
};
