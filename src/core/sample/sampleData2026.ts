import { LEAVES_26 } from "../reference/ocopClassification";
import {
  aRankedProduct,
  aSampleFair,
  anExhibitAt,
  withMistake,
  type Decision,
  type ExhibitedProduct,
  type PlantedMistake,
  type RankedProduct,
  type SampleEntry,
} from "./sampleRows";

/**
 * The merged An Giang's 2026 tracking data (the former An Giang and Kiên Giang, 102 communes from
 * 01/7/2025, Công văn 1027/CTK-CSCL): units are xã, phường and đặc khu with their type word
 * (one written with the new tone placement, "Mỹ Hoà Hưng"), fairs are held in provinces under
 * their names in force (NQ 202/2025/QH15), and products are recognised in 2026 by UBND tỉnh
 * under QĐ 26/2026/QĐ-TTg, with Phụ lục I's names. Producers and decision numbers are invented
 * but shaped like real ones. The planted mistakes are the new map's own: a misspelt commune, a
 * ward of another province, an abolished district on a 2026 row, a pre-merger province name.
 */

const CAN_THO = "HC-2026-01";
const VI_THANH = "HC-2026-02";
const HO_CHI_MINH = "HC-2026-03";
const HA_NOI = "HC-2026-04";

// A 2026 fair "in Hậu Giang": the province was merged into thành phố Cần Thơ on 01/7/2025.
const OLD_PROVINCE: PlantedMistake = {
  key: "province",
  value: "Hậu Giang",
  what: {
    vi: "Tỉnh Hậu Giang không còn từ 01/7/2025 (nay thuộc thành phố Cần Thơ)",
    en: "Hậu Giang province no longer exists from 01/7/2025 (now part of Cần Thơ city)",
  },
};

export const SAMPLE_FAIRS_2026: SampleEntry[] = [
  aSampleFair({
    fairCode: CAN_THO,
    name: "Hội chợ Nông nghiệp quốc tế Đồng bằng sông Cửu Long năm 2026",
    province: "Cần Thơ",
    startDate: "2026-07-08",
    endDate: "2026-07-12",
    organizer: "Sở Công Thương thành phố Cần Thơ",
    booths: 5,
  }),
  withMistake(
    aSampleFair({
      fairCode: VI_THANH,
      name: "Hội chợ sản phẩm OCOP và đặc sản vùng miền tại Vị Thanh năm 2026",
      province: "Cần Thơ",
      startDate: "2026-08-19",
      endDate: "2026-08-23",
      organizer: "Sở Công Thương thành phố Cần Thơ",
      booths: 4,
    }),
    OLD_PROVINCE
  ),
  aSampleFair({
    fairCode: HO_CHI_MINH,
    name: "Hội chợ sản phẩm OCOP và đặc sản vùng miền tại Thành phố Hồ Chí Minh năm 2026",
    province: "Hồ Chí Minh",
    startDate: "2026-09-16",
    endDate: "2026-09-20",
    organizer: "Sở Công Thương Thành phố Hồ Chí Minh",
    booths: 6,
  }),
  aSampleFair({
    fairCode: HA_NOI,
    name: "Hội chợ sản phẩm OCOP, làng nghề và đặc sản vùng miền tại Hà Nội năm 2026",
    province: "Hà Nội",
    startDate: "2026-11-04",
    endDate: "2026-11-08",
    organizer: "Sở Công Thương thành phố Hà Nội",
    booths: 6,
    note: "Gian hàng chung của tỉnh",
  }),
];

// QĐ 26/2026/QĐ-TTg (from 22/5/2026): UBND tỉnh recognises 3★ and 4★.
const province2026a: Decision = {
  decisionNo: "1186/QĐ-UBND",
  decisionDate: "2026-06-05",
  level: "tỉnh",
};
const province2026b: Decision = {
  decisionNo: "1342/QĐ-UBND",
  decisionDate: "2026-06-25",
  level: "tỉnh",
};

/** Phụ lục I's name of the leaf QĐ 148 called `oldName` (ocopClassification.ts). */
function leaf(oldName: string): string {
  const found = LEAVES_26.find((l) => l.oldName === oldName);
  if (!found) throw new Error(`no QĐ 26 leaf for ${oldName}`);
  return found.name;
}

// The six sản phẩm keep QĐ 148's group names (QĐ 26 Phụ lục I).
const FOOD = "Thực phẩm";
const DRINKS = "Đồ uống";
const CRAFTS = "Hàng thủ công mỹ nghệ";

const HTX = "Hợp tác xã";
const DN = "Doanh nghiệp";
const HKD = "Hộ sản xuất, kinh doanh";

const r = (
  product: string,
  producer: string,
  producerType: string,
  district: string,
  group: string,
  productSet: string,
  score: number,
  stars: number
): RankedProduct => ({
  product,
  producer,
  producerType,
  district,
  group,
  productSet,
  score,
  stars,
  status: "mới",
});

const fishSauce = r(
  "Nước mắm cá cơm",
  "Công ty TNHH Nước mắm Hưng Thịnh Phú Quốc",
  DN,
  "đặc khu Phú Quốc",
  FOOD,
  leaf("Tương, nước mắm, gia vị dạng lỏng khác"),
  82,
  4
);
const pepper = r(
  "Tiêu Phú Quốc",
  "Hợp tác xã Hồ tiêu Cửa Dương",
  HTX,
  "đặc khu Phú Quốc",
  FOOD,
  leaf("Gia vị khác"),
  71,
  4
);
const driedFish = r(
  "Khô cá sặc rằn",
  "Cơ sở Khô cá Năm Rạch Giá",
  HKD,
  "phường Rạch Giá",
  FOOD,
  // Renamed by QĐ 26: "Chế biến từ thịt, trứng, sữa, thủy sản, các sản phẩm từ mật ong, ..."
  leaf("Chế biến từ thịt, thủy sản, trứng, sữa, mật ong"),
  68,
  3
);
const shrimpCrackers = r(
  "Bánh phồng tôm",
  "Hộ kinh doanh Bánh phồng Vĩnh Thông",
  HKD,
  "phường Rạch Giá",
  FOOD,
  leaf("Chế biến từ gạo, ngũ cốc"),
  66,
  3
);
const rice = r(
  "Gạo thơm Tân Hiệp",
  "Hợp tác xã Nông nghiệp Tân Hiệp",
  HTX,
  "xã Tân Hiệp",
  FOOD,
  leaf("Gạo, ngũ cốc, hạt sơ chế khác"),
  72,
  4
);
// "Mỹ Hoà Hưng": the tone mark where the new spelling puts it; the list writes "Mỹ Hòa Hưng".
const soursopTea = r(
  "Trà mãng cầu",
  "Hộ kinh doanh Trà mãng cầu Cù Lao Ông Hổ",
  HKD,
  "xã Mỹ Hoà Hưng",
  FOOD,
  // Renamed by QĐ 26: "Sản phẩm chè từ thực vật khác".
  leaf("Sản phẩm trà từ thực vật khác"),
  65,
  3
);
const mangoWine = r(
  "Rượu xoài",
  "Công ty TNHH Rượu trái cây Chợ Mới",
  DN,
  "xã Chợ Mới",
  DRINKS,
  leaf("Đồ uống có cồn khác"),
  74,
  4
);
const palmSugar = r(
  "Đường thốt nốt",
  "Hợp tác xã Thốt nốt Bảy Núi",
  HTX,
  "phường Tịnh Biên",
  FOOD,
  leaf("Mật ong, mật khác và nông sản thực phẩm khác"),
  78,
  4
);
const silk = r(
  "Lụa Tân Châu",
  "Hợp tác xã Dệt lụa Long Châu",
  HTX,
  "phường Tân Châu",
  CRAFTS,
  leaf("Vải, may mặc"),
  69,
  3
);

/** Ranked products with the mistake each carries, if any, in sheet order. */
export const SAMPLE_PRODUCTS_2026: SampleEntry[] = [
  aRankedProduct(fishSauce, province2026a),
  withMistake(aRankedProduct(pepper, province2026a), {
    key: "district",
    value: "thành phố Phú Quốc",
    what: {
      vi: "Thành phố Phú Quốc không còn từ 01/7/2025 (nay là đặc khu Phú Quốc)",
      en: "Phú Quốc city no longer exists from 01/7/2025 (now đặc khu Phú Quốc)",
    },
  }),
  aRankedProduct(driedFish, province2026a),
  aRankedProduct(shrimpCrackers, province2026a),
  aRankedProduct(rice, province2026b),
  aRankedProduct(soursopTea, province2026b),
  withMistake(aRankedProduct(mangoWine, province2026b), {
    key: "district",
    value: "huyện Chợ Mới",
    what: {
      vi: "Cấp huyện đã bỏ từ 01/7/2025 (nay là xã Chợ Mới)",
      en: "The district level ended on 01/7/2025 (now xã Chợ Mới)",
    },
  }),
  aRankedProduct(palmSugar, province2026b),
  aRankedProduct(silk, province2026b),
];

const shown = (product: RankedProduct): ExhibitedProduct => ({
  product: product.product,
  producer: product.producer,
  district: product.district,
  category: "OCOP",
  stars: product.stars,
});

const melaleucaHoney: ExhibitedProduct = {
  product: "Mật ong rừng tràm",
  producer: "Hộ kinh doanh Mật ong U Minh Thượng",
  district: "xã U Minh Thượng",
  category: "Tiềm năng OCOP",
};

// Lượt at the four fairs, in fair order.
const EXHIBITED_2026: Array<[ExhibitedProduct, [number, number, number, number]]> = [
  [shown(fishSauce), [3, 2, 3, 3]],
  [shown(pepper), [2, 2, 3, 3]],
  [shown(driedFish), [2, 2, 2, 2]],
  [shown(rice), [2, 1, 2, 2]],
  [shown(soursopTea), [1, 1, 1, 2]],
  [shown(palmSugar), [2, 2, 2, 2]],
  [melaleucaHoney, [1, 1, 1, 1]],
];

const MISTAKES_AT_2026: Record<string, PlantedMistake> = {
  [`${CAN_THO}|${soursopTea.product}`]: {
    key: "district",
    value: "xã Mỹ Hòa Hưnq",
    what: {
      vi: "Xã không có trong danh mục (gần nhất: Mỹ Hòa Hưng)",
      en: "A commune not on the list (nearest: Mỹ Hòa Hưng)",
    },
  },
  [`${HO_CHI_MINH}|${melaleucaHoney.product}`]: {
    key: "district",
    value: "phường Ninh Kiều",
    what: {
      vi: "Phường Ninh Kiều thuộc thành phố Cần Thơ, không thuộc tỉnh An Giang",
      en: "Ninh Kiều ward belongs to Cần Thơ city, not to An Giang province",
    },
  },
};

/** One row per product and fair, fair by fair. */
export const SAMPLE_EXHIBITS_2026: SampleEntry[] = [CAN_THO, VI_THANH, HO_CHI_MINH, HA_NOI].flatMap(
  (fairCode, i) =>
    EXHIBITED_2026.map(([product, counts]) => {
      const entry = anExhibitAt(fairCode, product, counts[i]);
      const mistake = MISTAKES_AT_2026[`${fairCode}|${product.product}`];
      return mistake ? withMistake(entry, mistake) : entry;
    })
);
