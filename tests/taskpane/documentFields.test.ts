import { DocumentSettingsSchema } from "../../src/core/documentSettings";
import {
  DOCUMENT_FIELDS,
  fieldText,
  initials,
  withDrafts,
  withField,
} from "../../src/taskpane/document/documentFields";

describe("the document settings form's fields", () => {
  it("keeps nơi nhận lines without the dash, semicolon and Lưu line people type", () => {
    const doc = withField(
      {},
      "recipients",
      "- Sở Nông nghiệp và Môi trường;\n\n• UBND tỉnh,\n- Lưu: VT, P.QLTM."
    );
    expect(doc.recipients).toEqual(["Sở Nông nghiệp và Môi trường", "UBND tỉnh"]);
    expect(fieldText(doc, "recipients")).toBe("Sở Nông nghiệp và Môi trường\nUBND tỉnh");
  });

  it("removes a field left empty, so the schema never meets an empty string", () => {
    const doc = withField(
      { signerName: "Nguyễn Văn A", signerRole: ["GIÁM ĐỐC"] },
      "signerName",
      "  "
    );
    expect(doc).toEqual({ signerRole: ["GIÁM ĐỐC"] });
    expect(withField(doc, "signerRole", "\n \n")).toEqual({});
  });

  it("keeps only whole ISO dates for the request's date", () => {
    expect(withField({}, "requestDate", "2024-01-10")).toEqual({ requestDate: "2024-01-10" });
    expect(withField({ requestDate: "2024-01-10" }, "requestDate", "2024-02-30")).toEqual({});
  });

  it("gives settings the stored schema accepts, whatever was typed", () => {
    const typed = ["", " ", "x", "- ;", "a\nb", "2024-13-01", "Sở   Công\tThương"];
    for (const field of DOCUMENT_FIELDS)
      for (const text of typed) {
        const doc = withField({}, field, text);
        expect(DocumentSettingsSchema.safeParse(doc).success).toBe(true);
      }
  });

  it("applies drafts over the stored settings, a draft emptied removing its field", () => {
    const stored = { agency: "Sở Công Thương", signerName: "Nguyễn Văn A" };
    expect(withDrafts(stored, { signerName: "", place: "Long Xuyên" })).toEqual({
      agency: "Sở Công Thương",
      place: "Long Xuyên",
    });
  });

  it("abbreviates an agency by its words' initials", () => {
    expect(initials("Sở Công Thương")).toBe("SCT");
    expect(initials("sở  nông nghiệp và môi trường")).toBe("SNNVMT");
  });
});
