import {
  aRankedProduct,
  aSampleFair,
  DN,
  HKD,
  HTX,
  r,
  anExhibitAt,
  withMistake,
  type Decision,
  type ExhibitedProduct,
  type RankedProduct,
  type SampleEntry,
} from "./sampleRows";

/**
 * An Giang's 2023 tracking data, consistent with the seed report (Sở Công Thương An Giang, report
 * on OCOP 2023): three fairs (Sóc Trăng in September, Hậu Giang in October, Hà Nội in December),
 * 120 lượt of the products it names, and products ranked in 2021–2023 across the province's
 * units. Producers and decision numbers are invented but shaped like real ones.
 */

const SOC_TRANG = "HC-2023-01";
const HAU_GIANG = "HC-2023-02";
const HA_NOI = "HC-2023-03";

export const SAMPLE_FAIRS: SampleEntry[] = [
  aSampleFair({
    fairCode: SOC_TRANG,
    name: "Hội chợ Triển lãm sản phẩm OCOP và đặc sản vùng miền tỉnh Sóc Trăng năm 2023",
    province: "Sóc Trăng",
    startDate: "2023-09-20",
    endDate: "2023-09-24",
    organizer: "Sở Công Thương tỉnh Sóc Trăng",
    booths: 6,
  }),
  aSampleFair({
    fairCode: HAU_GIANG,
    name: "Hội chợ Triển lãm Thương mại - Nông nghiệp Hậu Giang năm 2023",
    province: "Hậu Giang",
    startDate: "2023-10-18",
    endDate: "2023-10-22",
    organizer: "Sở Công Thương tỉnh Hậu Giang",
    booths: 6,
  }),
  aSampleFair({
    fairCode: HA_NOI,
    name: "Hội chợ sản phẩm OCOP, làng nghề và đặc sản vùng miền tại Hà Nội năm 2023",
    province: "Hà Nội",
    startDate: "2023-12-06",
    endDate: "2023-12-10",
    organizer: "Trung tâm Xúc tiến thương mại Nông nghiệp - Bộ NN&PTNT",
    booths: 8,
    note: "Gian hàng chung của tỉnh",
  }),
];

// QĐ 148/QĐ-TTg: 4★ recognised by the province, 3★ by the district (from 24/02/2023); under
// QĐ 1048/QĐ-TTg (before) the province recognised both.
const province2023: Decision = {
  decisionNo: "1452/QĐ-UBND",
  decisionDate: "2023-06-20",
  level: "tỉnh",
};
const district2023 = (decisionNo: string, decisionDate: string): Decision => ({
  decisionNo,
  decisionDate,
  level: "huyện",
});
const province2022: Decision = {
  decisionNo: "2311/QĐ-UBND",
  decisionDate: "2022-10-25",
  level: "tỉnh",
};
const province2021: Decision = {
  decisionNo: "1654/QĐ-UBND",
  decisionDate: "2021-09-15",
  level: "tỉnh",
};

const FOOD = "Thực phẩm";
const DRINKS = "Đồ uống";
const CRAFTS = "Hàng thủ công mỹ nghệ";
const HERBS = "Dược liệu và sản phẩm từ dược liệu";
const SWEETS = "Mật ong, mật khác và nông sản thực phẩm khác";
const FRESH = "Rau, củ, quả, hạt tươi";
const GRAIN = "Gạo, ngũ cốc, hạt sơ chế khác";
const FROM_GRAIN = "Chế biến từ gạo, ngũ cốc";
const FROM_FRUIT = "Chế biến từ rau, củ, quả, hạt";
const FROM_MEAT = "Chế biến từ thịt, thủy sản, trứng, sữa, mật ong...";
const SAUCES = "Tương, nước mắm, gia vị dạng lỏng khác";
const TEAS = "Sản phẩm trà từ thực vật khác";
const SPIRITS = "Rượu trắng";
const OTHER_ALCOHOL = "Đồ uống có cồn khác";
const SOFT_DRINKS = "Đồ uống không cồn khác";
const CLOTH = "Vải, may mặc";
const HERBAL = "Tinh dầu và thảo dược khác";

const palmSugar = r(
  "Đường thốt nốt",
  "Hợp tác xã Thốt nốt Bảy Núi",
  HTX,
  "Tịnh Biên",
  FOOD,
  SWEETS,
  78,
  4
);
const driedSnakehead = r(
  "Khô cá lóc",
  "Cơ sở Khô cá Bảy Liên",
  HKD,
  "Châu Đốc",
  FOOD,
  FROM_MEAT,
  66,
  3
);
const driedBeef = r("Khô bò", "Cơ sở Khô bò Bảy Núi", HKD, "Tri Tôn", FOOD, FROM_MEAT, 64, 3);
const riceCrackers = r(
  "Cơm cháy thực dưỡng",
  "Hộ kinh doanh Cơm cháy Út Hiền",
  HKD,
  "Thoại Sơn",
  FOOD,
  FROM_GRAIN,
  65,
  3
);
const herbalTea = r(
  "Trà thảo dược",
  "Công ty TNHH Dược thảo Long Xuyên",
  DN,
  "Long Xuyên",
  FOOD,
  TEAS,
  66,
  3
);
const mangoWine = r(
  "Rượu xoài",
  "Công ty TNHH Rượu trái cây Chợ Mới",
  DN,
  "Chợ Mới",
  DRINKS,
  OTHER_ALCOHOL,
  74,
  4
);
const fishPaste = r(
  "Mắm thái",
  "Công ty TNHH Mắm Bà Giáo Châu Đốc",
  DN,
  "Châu Đốc",
  FOOD,
  FROM_MEAT,
  80,
  4,
  "nâng hạng"
);
const silk = r(
  "Lụa Tân Châu",
  "Hợp tác xã Dệt lụa Long Châu",
  HTX,
  "Tân Châu",
  CRAFTS,
  CLOTH,
  69,
  3
);
const nangNhenRice = r(
  "Gạo Nàng Nhen",
  "Hợp tác xã Nông nghiệp Vĩnh Trung",
  HTX,
  "Tịnh Biên",
  FOOD,
  GRAIN,
  65,
  3
);
const fishCake = r(
  "Chả cá thác lác",
  "Công ty TNHH Thủy sản Mỹ Thới",
  DN,
  "Long Xuyên",
  FOOD,
  FROM_MEAT,
  72,
  4
);
const stickyCrackers = r(
  "Bánh phồng nếp",
  "Hợp tác xã Bánh phồng Phú Mỹ",
  HTX,
  "Phú Tân",
  FOOD,
  FROM_GRAIN,
  64,
  3
);
const honey = r(
  "Mật ong hoa tràm",
  "Hộ kinh doanh Mật ong Tám Tiền",
  HKD,
  "Châu Thành",
  FOOD,
  SWEETS,
  61,
  3
);
const puffedFish = r(
  "Khô cá tra phồng",
  "Cơ sở Khô cá Tư Thủy",
  HKD,
  "Tân Châu",
  FOOD,
  FROM_MEAT,
  62,
  3,
  "đánh giá lại"
);
const mango = r(
  "Xoài cát Chu",
  "Hợp tác xã Nông nghiệp Mỹ Hội Đông",
  HTX,
  "Chợ Mới",
  FOOD,
  FRESH,
  67,
  3
);

/** Products recognised in 2023: 26, in 10 of the 11 units. */
export const SAMPLE_PRODUCTS_2023: SampleEntry[] = [
  aRankedProduct(palmSugar, province2023),
  aRankedProduct(mangoWine, province2023),
  aRankedProduct(fishPaste, province2023),
  aRankedProduct(fishCake, province2023),
  aRankedProduct(
    r(
      "Nước thốt nốt đóng chai",
      "Công ty TNHH Thực phẩm Thốt nốt Xanh",
      DN,
      "Tịnh Biên",
      DRINKS,
      SOFT_DRINKS,
      68,
      3
    ),
    district2023("1120/QĐ-UBND", "2023-07-05")
  ),
  aRankedProduct(
    r("Trà khổ qua rừng", "Cơ sở Trà thảo dược Núi Cấm", HKD, "Tịnh Biên", FOOD, TEAS, 62, 3),
    district2023("1120/QĐ-UBND", "2023-07-05")
  ),
  aRankedProduct(nangNhenRice, district2023("1120/QĐ-UBND", "2023-07-05")),
  aRankedProduct(driedBeef, district2023("985/QĐ-UBND", "2023-06-28")),
  aRankedProduct(
    r(
      "Đường thốt nốt nguyên chất",
      "Hợp tác xã Thốt nốt Tri Tôn",
      HTX,
      "Tri Tôn",
      FOOD,
      SWEETS,
      66,
      3
    ),
    district2023("985/QĐ-UBND", "2023-06-28")
  ),
  aRankedProduct(
    r("Bánh bò thốt nốt", "Hộ kinh doanh Bánh bò Cô Ba", HKD, "Tri Tôn", FOOD, FROM_GRAIN, 58, 3),
    district2023("985/QĐ-UBND", "2023-06-28")
  ),
  aRankedProduct(
    r("Rượu nếp", "Cơ sở Rượu nếp Ô Lâm", HKD, "Tri Tôn", DRINKS, SPIRITS, 60, 3),
    district2023("985/QĐ-UBND", "2023-06-28")
  ),
  aRankedProduct(mango, district2023("2047/QĐ-UBND", "2023-08-10")),
  withMistake(
    aRankedProduct(
      r("Mứt xoài", "Hộ kinh doanh Mứt Năm Sang", HKD, "Chợ Mới", FOOD, FROM_FRUIT, 61, 3),
      district2023("2047/QĐ-UBND", "2023-08-10")
    ),
    {
      key: "score",
      value: 48,
      what: {
        vi: "Điểm 48 là hạng 2 sao, không khớp với 3 sao",
        en: "A score of 48 is 2 stars, not the 3 stars given",
      },
    }
  ),
  aRankedProduct(
    r(
      "Chuối sấy dẻo",
      "Hợp tác xã Nông nghiệp Kiến An",
      HTX,
      "Chợ Mới",
      FOOD,
      FROM_FRUIT,
      56,
      3,
      "đánh giá lại"
    ),
    district2023("2047/QĐ-UBND", "2023-08-10")
  ),
  aRankedProduct(driedSnakehead, district2023("768/QĐ-UBND", "2023-05-30")),
  aRankedProduct(
    r("Nước mắm cá linh", "Cơ sở Nước mắm Hai Tính", HKD, "Châu Đốc", FOOD, SAUCES, 63, 3),
    district2023("768/QĐ-UBND", "2023-05-30")
  ),
  aRankedProduct(riceCrackers, district2023("1302/QĐ-UBND", "2023-07-14")),
  withMistake(
    aRankedProduct(
      r(
        "Gạo thơm Thoại Sơn",
        "Hợp tác xã Nông nghiệp Tây Phú",
        HTX,
        "Thoại Sơn",
        FOOD,
        GRAIN,
        68,
        3
      ),
      district2023("1302/QĐ-UBND", "2023-07-14")
    ),
    {
      key: "decisionDate",
      value: "07/14/2023",
      what: {
        vi: "Ngày viết theo kiểu tháng trước ngày (07/14/2023): không có tháng 14",
        en: "A date written month first (07/14/2023): there is no month 14",
      },
    }
  ),
  aRankedProduct(
    r(
      "Bánh tráng nước dừa",
      "Hộ kinh doanh Bánh tráng Sáu Lành",
      HKD,
      "Thoại Sơn",
      FOOD,
      FROM_GRAIN,
      59,
      3,
      "đánh giá lại"
    ),
    district2023("1302/QĐ-UBND", "2023-07-14")
  ),
  aRankedProduct(herbalTea, district2023("1876/QĐ-UBND", "2023-08-02")),
  aRankedProduct(stickyCrackers, district2023("1544/QĐ-UBND", "2023-07-21")),
  aRankedProduct(
    r("Nước tương hột", "Cơ sở Tương hột Phú Thạnh", HKD, "Phú Tân", FOOD, SAUCES, 57, 3),
    district2023("1544/QĐ-UBND", "2023-07-21")
  ),
  aRankedProduct(silk, district2023("903/QĐ-UBND", "2023-06-08")),
  aRankedProduct(puffedFish, district2023("903/QĐ-UBND", "2023-06-08")),
  aRankedProduct(
    r("Khô cá lóc", "Hộ kinh doanh Khô cá Bình Mỹ", HKD, "Châu Phú", FOOD, FROM_MEAT, 60, 3),
    district2023("1410/QĐ-UBND", "2023-07-18")
  ),
  aRankedProduct(honey, district2023("1188/QĐ-UBND", "2023-07-07")),
];

/** Recognised in 2022: still valid at the end of 2023. */
export const SAMPLE_PRODUCTS_2022: SampleEntry[] = [
  aRankedProduct(
    r("Tung lò mò", "Cơ sở Lạp xưởng bò Châu Giang", HKD, "An Phú", FOOD, FROM_MEAT, 71, 4),
    province2022
  ),
  aRankedProduct(
    r("Khô cá linh", "Hộ kinh doanh Khô cá Khánh Bình", HKD, "An Phú", FOOD, FROM_MEAT, 63, 3),
    province2022
  ),
  aRankedProduct(
    r("Bánh pía sầu riêng", "Cơ sở Bánh pía Kim Hương", HKD, "Long Xuyên", FOOD, FROM_GRAIN, 65, 3),
    province2022
  ),
  aRankedProduct(
    r(
      "Nấm bào ngư tươi",
      "Hợp tác xã Nông nghiệp Vĩnh Thạnh Trung",
      HTX,
      "Châu Phú",
      FOOD,
      FRESH,
      62,
      3
    ),
    province2022
  ),
  aRankedProduct(
    r("Dầu gội thảo dược", "Công ty TNHH Thảo mộc Thất Sơn", DN, "Tịnh Biên", HERBS, HERBAL, 68, 3),
    province2022
  ),
  aRankedProduct(
    r("Tinh dầu sả", "Hợp tác xã Dược liệu Cô Tô", HTX, "Tri Tôn", HERBS, HERBAL, 64, 3),
    province2022
  ),
  aRankedProduct(
    r("Rượu trắng Phú Lâm", "Hộ kinh doanh Rượu Bảy Thành", HKD, "Phú Tân", DRINKS, SPIRITS, 61, 3),
    province2022
  ),
  aRankedProduct(
    r(
      "Bánh canh Vĩnh Hanh",
      "Hộ kinh doanh Bánh canh Út Nhỏ",
      HKD,
      "Châu Thành",
      FOOD,
      FROM_GRAIN,
      63,
      3
    ),
    province2022
  ),
];

/** Recognised in 2021: still valid at the end of 2023, due for re-ranking in 2024. */
export const SAMPLE_PRODUCTS_2021: SampleEntry[] = [
  aRankedProduct(
    r("Mắm cá lóc", "Cơ sở Mắm Bà Hai", HKD, "Châu Đốc", FOOD, FROM_MEAT, 67, 3),
    province2021
  ),
  aRankedProduct(
    r("Khô rắn", "Hộ kinh doanh Khô rắn Sáu Nhân", HKD, "Tri Tôn", FOOD, FROM_MEAT, 58, 3),
    province2021
  ),
  aRankedProduct(
    r("Gạo nếp Phú Tân", "Hợp tác xã Nông nghiệp Phú Hưng", HTX, "Phú Tân", FOOD, GRAIN, 66, 3),
    province2021
  ),
  aRankedProduct(
    r("Bánh tét lá cẩm", "Hộ kinh doanh Bánh tét Chợ Mới", HKD, "Chợ Mới", FOOD, FROM_GRAIN, 62, 3),
    province2021
  ),
  aRankedProduct(
    r(
      "Cá tra fillet",
      "Công ty Cổ phần Thủy sản Bình An Giang",
      DN,
      "Long Xuyên",
      FOOD,
      FROM_MEAT,
      76,
      4
    ),
    province2021
  ),
  aRankedProduct(
    r("Nếp than", "Hợp tác xã Nông nghiệp Vọng Thê", HTX, "Thoại Sơn", FOOD, GRAIN, 60, 3),
    province2021
  ),
];

/** Each product shown at the three fairs, with its lượt at Sóc Trăng, Hậu Giang and Hà Nội. */
const shown = (
  product: ExhibitedProduct | RankedProduct,
  category?: ExhibitedProduct["category"]
): ExhibitedProduct =>
  "score" in product
    ? {
        product: product.product,
        producer: product.producer,
        district: product.district,
        category: category ?? "OCOP",
        stars: (category ?? "OCOP") === "OCOP" ? product.stars : undefined,
      }
    : product;

const EXHIBITED: Array<[ExhibitedProduct, [number, number, number]]> = [
  [shown(palmSugar), [6, 5, 5]],
  [
    {
      product: "Sản phẩm từ cây thốt nốt",
      producer: "Hợp tác xã Thốt nốt Tri Tôn",
      district: "Tri Tôn",
      category: "Đặc thù",
    },
    [4, 4, 5],
  ],
  [shown(driedSnakehead), [4, 4, 4]],
  [shown(driedBeef), [4, 3, 4]],
  [shown(riceCrackers), [3, 3, 4]],
  [shown(herbalTea), [3, 3, 3]],
  [
    {
      product: "Rượu trái cây",
      producer: mangoWine.producer,
      district: mangoWine.district,
      category: "CNNTTB",
    },
    [2, 3, 3],
  ],
  [shown(fishPaste), [2, 2, 3]],
  [shown(silk), [2, 2, 2]],
  [shown(nangNhenRice), [2, 2, 2]],
  [shown(fishCake), [1, 2, 2]],
  [shown(stickyCrackers), [2, 1, 2]],
  [shown(honey), [1, 2, 1]],
  [shown(puffedFish), [1, 2, 1]],
  [shown(mango), [1, 1, 2]],
];

/** TCVN3 (ABC) bytes of "Cơ sở Khô bò Bảy Núi" read as Unicode: how legacy files show it. */
const TCVN3_DRIED_BEEF_PRODUCER = "C\u00ac s\u00eb Kh\u00ab b\u00df B\u00b6y N\u00f3i";

const MISTAKES_AT: Record<string, Parameters<typeof withMistake>[1]> = {
  [`${HAU_GIANG}|${riceCrackers.product}`]: {
    key: "district",
    value: "Thoại Sơm",
    what: {
      vi: "Huyện không có trong danh mục (gần nhất: Thoại Sơn)",
      en: "A district not on the list (nearest: Thoại Sơn)",
    },
  },
  [`${HA_NOI}|${honey.product}`]: {
    key: "count",
    value: "#REF!",
    what: { vi: "Ô có lỗi công thức #REF!", en: "A formula error #REF! in the cell" },
  },
  [`${SOC_TRANG}|${driedBeef.product}`]: {
    key: "producer",
    value: TCVN3_DRIED_BEEF_PRODUCER,
    what: {
      vi: "Tên chủ thể gõ bằng bảng mã TCVN3 (Cơ sở Khô bò Bảy Núi)",
      en: "The producer typed in the legacy TCVN3 encoding (Cơ sở Khô bò Bảy Núi)",
    },
  },
  [`${HA_NOI}|${mango.product}`]: {
    key: "fairCode",
    value: "HC2023-03",
    what: {
      vi: "Mã hội chợ HC2023-03 không có trong sheet Hội chợ (đúng: HC-2023-03)",
      en: "Fair code HC2023-03 is not on the fairs sheet (right: HC-2023-03)",
    },
  },
};

/** One row per product and fair, fair by fair: 38 + 39 + 43 = 120 lượt. */
export const SAMPLE_EXHIBITS: SampleEntry[] = [SOC_TRANG, HAU_GIANG, HA_NOI].flatMap(
  (fairCode, i) =>
    EXHIBITED.map(([product, counts]) => {
      const entry = anExhibitAt(fairCode, product, counts[i]);
      const mistake = MISTAKES_AT[`${fairCode}|${product.product}`];
      return mistake ? withMistake(entry, mistake) : entry;
    })
);

export const SAMPLE_PRODUCTS: SampleEntry[] = [
  ...SAMPLE_PRODUCTS_2021,
  ...SAMPLE_PRODUCTS_2022,
  ...SAMPLE_PRODUCTS_2023,
];
