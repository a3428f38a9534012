/** Vietnamese: the pane's default language. Every key here must exist in en.ts (the type says so). */
export const vi = {
  "app.title": "Kiểm tra sổ theo dõi OCOP",
  "app.loading": "Đang khởi động…",
  "app.standaloneNotice":
    "Đang chạy ở chế độ độc lập (không có Excel). Mở một tệp .xlsx hoặc dùng sổ mẫu để kiểm tra và viết báo cáo.",
  "app.excelNotice": "Đã kết nối với Excel.",
  "app.language": "Ngôn ngữ",
  "app.language.vi": "Tiếng Việt",
  "app.language.en": "English",
  "tabs.label": "Chức năng",
  "tabs.check": "Kiểm tra",
  "tabs.report": "Báo cáo",
  "tabs.templates": "Mẫu",
} as const;

export type MessageKey = keyof typeof vi;
