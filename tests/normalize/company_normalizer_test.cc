#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "dqe/normalize.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace dqe {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;
using ::testing::IsEmpty;

struct Case {
  std::string_view input;
  std::string_view display;
  std::string_view key;
  std::vector<std::string> legal_forms;
};

// Company names as CRM rows hold them. Keys worked out by hand: Vietnamese
// diacritics dropped (đ → d), Han read as toneless pinyin, Traditional as
// Simplified, each Han run one token.
const std::vector<Case>& Cases() {
  static const auto* const cases = new std::vector<Case>{
      // Vietnamese: the form opens the name.
      {"Công ty TNHH Thương mại Minh Phát",
       "Thương mại Minh Phát",
       "thuong mai minh phat",
       {"TNHH"}},
      {"CÔNG TY CỔ PHẦN SỮA VIỆT NAM", "SỮA VIỆT NAM", "sua viet nam", {"CP"}},
      {"Công ty Cổ phần Đầu tư Hà Nội",
       "Đầu tư Hà Nội",
       "dau tu ha noi",
       {"CP"}},
      {"CTCP Vinamilk", "Vinamilk", "vinamilk", {"CP"}},
      {"Cty CP Đầu tư Hà Nội", "Đầu tư Hà Nội", "dau tu ha noi", {"CP"}},
      {"Cong ty TNHH MTV ABC", "ABC", "abc", {"TNHH MTV"}},
      {"TNHH MTV Hòa Bình", "Hòa Bình", "hoa binh", {"TNHH MTV"}},
      {"Công ty TNHH Một Thành Viên Xây Dựng Hòa Bình",
       "Xây Dựng Hòa Bình",
       "xay dung hoa binh",
       {"TNHH MTV"}},
      {"Công ty Trách nhiệm Hữu hạn Minh Phát",
       "Minh Phát",
       "minh phat",
       {"TNHH"}},
      {"cong ty tnhh minh phat", "minh phat", "minh phat", {"TNHH"}},
      {"CÔNG TY TNHH - MINH PHÁT", "MINH PHÁT", "minh phat", {"TNHH"}},
      {"DNTN Minh Phát", "Minh Phát", "minh phat", {"DNTN"}},
      {"Doanh nghiệp tư nhân Minh Phát", "Minh Phát", "minh phat", {"DNTN"}},
      {"Công ty Minh Phát", "Minh Phát", "minh phat", {"Công ty"}},
      {"  Công  ty \t TNHH   Minh  Phát  ", "Minh Phát", "minh phat", {"TNHH"}},
      // NFD, typed on a Mac: NFKC composes it first.
      {"Co\xCC\x82ng ty TNHH Minh Pha\xCC\x81t",
       "Minh Phát",
       "minh phat",
       {"TNHH"}},
      // "Cơ" (mechanical) is a Vietnamese word, not "Co.".
      {"Công ty TNHH Thiết bị Điện Cơ",
       "Thiết bị Điện Cơ",
       "thiet bi dien co",
       {"TNHH"}},
      // English: the form closes the name.
      {"ABC Co., Ltd.", "ABC", "abc", {"Co Ltd"}},
      {"ABC Co.,Ltd", "ABC", "abc", {"Co Ltd"}},
      {"ABC CO.,LTD.", "ABC", "abc", {"Co Ltd"}},
      {"Minh Phat Trading Company Limited",
       "Minh Phat Trading",
       "minh phat trading",
       {"Co Ltd"}},
      {"Vietnam Dairy Products Joint Stock Company",
       "Vietnam Dairy Products",
       "vietnam dairy products",
       {"JSC"}},
      {"Vinamilk JSC", "Vinamilk", "vinamilk", {"JSC"}},
      {"Apple Inc.", "Apple", "apple", {"Inc"}},
      {"Microsoft Corporation", "Microsoft", "microsoft", {"Corp"}},
      {"Acme Corp", "Acme", "acme", {"Corp"}},
      {"ABC, L.L.C.", "ABC", "abc", {"LLC"}},
      {"Stripe LLC", "Stripe", "stripe", {"LLC"}},
      {"HSBC Holdings PLC", "HSBC Holdings", "hsbc holdings", {"PLC"}},
      {"Robert Bosch GmbH", "Robert Bosch", "robert bosch", {"GmbH"}},
      {"Grab Holdings Pte. Ltd.",
       "Grab Holdings",
       "grab holdings",
       {"Pte Ltd"}},
      {"Petronas Sdn Bhd", "Petronas", "petronas", {"Sdn Bhd"}},
      {"Jardine Matheson Limited",
       "Jardine Matheson",
       "jardine matheson",
       {"Ltd"}},
      {"Johnson & Co.", "Johnson", "johnson", {"Co"}},
      {"ABC Corporation Limited", "ABC", "abc", {"Corp", "Ltd"}},
      {"Samsung Electronics (Vietnam) Co., Ltd.",
       "Samsung Electronics (Vietnam)",
       "samsung electronics vietnam",
       {"Co Ltd"}},
      // Both ends.
      {"Công ty ABC JSC", "ABC", "abc", {"Công ty", "JSC"}},
      // Chinese: the form closes the name; fullwidth brackets are NFKC'd.
      {"深圳市腾讯计算机系统有限公司",
       "深圳市腾讯计算机系统",
       "shenzhenshitengxunjisuanjixitong",
       {"有限公司"}},
      {"阿里巴巴（中国）有限公司",
       "阿里巴巴(中国)",
       "alibaba zhongguo",
       {"有限公司"}},
      {"台灣積體電路製造股份有限公司",
       "台灣積體電路製造",
       "taiwanjitidianluzhizao",
       {"股份有限公司"}},
      {"台湾积体电路制造股份有限公司",
       "台湾积体电路制造",
       "taiwanjitidianluzhizao",
       {"股份有限公司"}},
      {"北京字节跳动科技有限责任公司",
       "北京字节跳动科技",
       "beijingzijietiaodongkeji",
       {"有限责任公司"}},
      {"北京字節跳動科技有限責任公司",
       "北京字節跳動科技",
       "beijingzijietiaodongkeji",
       {"有限责任公司"}},
      {"华为技术有限公司", "华为技术", "huaweijishu", {"有限公司"}},
      {"华为公司", "华为", "huawei", {"公司"}},
      // A name that is only a legal form keeps it.
      {"Công ty TNHH", "Công ty TNHH", "cong ty tnhh", {}},
      {"Limited", "Limited", "limited", {}},
      {"有限公司", "有限公司", "youxiangongsi", {}},
      // Not legal forms.
      {"Hoang Co", "Hoang Co", "hoang co", {}},
      {"Co.op Mart", "Co.op Mart", "co op mart", {}},
      {"Tập đoàn Vingroup", "Tập đoàn Vingroup", "tap doan vingroup", {}},
  };
  return *cases;
}

TEST(NormalizeCompanyTest, LegalFormsRemoved) {
  for (const Case& c : Cases()) {
    SCOPED_TRACE(c.input);
    const NormalizedCompany n = NormalizeCompany(c.input);
    EXPECT_TRUE(n.valid) << n.reason;
    EXPECT_EQ(n.display, c.display);
    EXPECT_EQ(n.key, c.key);
    EXPECT_THAT(n.legal_forms, ElementsAreArray(c.legal_forms));
  }
}

// The point of the key: one company, however it was typed, meets itself.
TEST(NormalizeCompanyTest, SpellingsOfOneCompanyShareAKey) {
  const std::string_view kMinhPhat[] = {
      "Công ty TNHH Minh Phát",
      "CONG TY TNHH MINH PHAT",
      "Cty TNHH Minh Phát",
      "Minh Phát Co., Ltd.",
      "MINH PHAT COMPANY LIMITED",
      "Công ty Cổ phần Minh Phát",
      "CTCP Minh Phát",
      "Minh Phat JSC",
  };
  for (std::string_view name : kMinhPhat) {
    SCOPED_TRACE(name);
    EXPECT_EQ(NormalizeCompany(name).key, "minh phat");
  }
}

// One company across languages, abbreviations and places: the trade name
// (core) agrees where the keys do not.
TEST(NormalizeCompanyTest, SpellingsOfOneCompanyShareACore) {
  const std::vector<std::vector<std::string_view>> groups = {
      {"Công ty TNHH Thương mại Dịch vụ Hoàng Long", "Cong Ty TNHH TMDV Hoang Long",
       "Hoàng Long Trading and Services Co., Ltd.", "HOANG LONG"},
      {"Công ty TNHH Xây dựng Bình Minh", "Binh Minh Construction Co., Ltd."},
      {"Cty CP TM Phú Cường", "Công ty Cổ phần Thương mại Phú Cường"},
      {"Công ty TNHH MTV May mặc Đức Thành", "Cty TNHH MTV MM Đức Thành"},
      {"Tien Phat Construction One Member Co., Ltd.",
       "Công ty TNHH MTV Xây dựng Tiến Phát"},
      {"Đông Á Private Enterprise", "Doanh nghiệp tư nhân Đầu tư Đông Á",
       "DNTN Đông Á"},
      {"CT TNHH Tín Nghĩa", "Công ty TNHH Tín Nghĩa"},
      {"武汉市瑞丰电子有限公司", "Wuhan Ruifeng Electronics Co Ltd", "瑞豐電子"},
      {"深圳天宇", "天宇机械有限公司", "Shenzhen Tianyu Machinery Co., Ltd."},
      {"鑫達貿易股份有限公司", "Xinda Trading Co Ltd", "鑫达"},
      {"台灣光明進出口股份有限公司", "Taiwan Guangming Import & Export Corp."},
      {"永興建設股份有限公司", "YONGXING CONSTRUCTION"},
      {"腾讯科技（深圳）有限公司", "Tengxun Technology"},
  };
  for (const auto& group : groups) {
    const std::string core = NormalizeCompany(group[0]).core;
    EXPECT_FALSE(core.empty()) << group[0];
    for (std::string_view name : group) {
      EXPECT_EQ(NormalizeCompany(name).core, core) << name << " vs " << group[0];
    }
  }
  // Different trade names stay apart, whatever the business.
  EXPECT_NE(NormalizeCompany("Công ty TNHH Thương mại Hoàng Long").core,
            NormalizeCompany("Công ty TNHH Thương mại Hoàng Phát").core);
  EXPECT_NE(NormalizeCompany("北京万通贸易有限公司").core,
            NormalizeCompany("北京万达贸易有限公司").core);
  // Vietnamese places are trade names: "Sài Gòn Xanh" keeps "saigon".
  EXPECT_NE(NormalizeCompany("Công ty Cổ phần Sài Gòn Xanh").core,
            NormalizeCompany("Công ty Cổ phần Xanh").core);
  // A name made only of business words and places keeps them all.
  EXPECT_EQ(NormalizeCompany("Công ty TNHH Thương mại Dịch vụ").core,
            NormalizeCompany("Thuong mai dich vu").core);
  EXPECT_FALSE(NormalizeCompany("Beijing Trading Co., Ltd.").core.empty());
  EXPECT_NE(NormalizeCompany("Beijing Trading Co., Ltd.").core,
            NormalizeCompany("Shanghai Trading Co., Ltd.").core);
}

TEST(NormalizeCompanyTest, TokensAndScript) {
  const NormalizedCompany latin = NormalizeCompany("Công ty TNHH Minh Phát");
  EXPECT_THAT(latin.tokens, ElementsAre("minh", "phat"));
  EXPECT_EQ(latin.script, Script::kLatin);
  const NormalizedCompany han = NormalizeCompany("华为技术有限公司");
  EXPECT_THAT(han.tokens, ElementsAre("huaweijishu"));
  EXPECT_EQ(han.script, Script::kHan);
}

TEST(NormalizeCompanyTest, EmptyAndInvalid) {
  for (std::string_view empty : {"", "   ", "-", " ,. "}) {
    SCOPED_TRACE(empty);
    const NormalizedCompany n = NormalizeCompany(empty);
    EXPECT_FALSE(n.valid);
    EXPECT_EQ(n.reason, "empty");
  }
  const NormalizedCompany bad = NormalizeCompany("Minh Ph\xC3");
  EXPECT_FALSE(bad.valid);
  EXPECT_EQ(bad.reason, "invalid UTF-8 at byte 7");
  EXPECT_THAT(bad.key, IsEmpty());
}

TEST(NormalizeCompanyTest, ColumnMatchesCellByCell) {
  const std::vector<std::string_view> cells = {
      "Công ty TNHH Minh Phát", "", "华为技术有限公司", "ABC Co., Ltd."};
  const std::vector<NormalizedCompany> column = NormalizeCompanyColumn(cells);
  ASSERT_EQ(column.size(), cells.size());
  for (size_t i = 0; i < cells.size(); ++i) {
    const NormalizedCompany one = NormalizeCompany(cells[i]);
    EXPECT_EQ(column[i].valid, one.valid);
    EXPECT_EQ(column[i].display, one.display);
    EXPECT_EQ(column[i].key, one.key);
    EXPECT_EQ(column[i].legal_forms, one.legal_forms);
  }
}

TEST(NormalizeCompanyTest, AnyBytesGiveAnAnswer) {
  std::mt19937 rng(11);
  const std::string_view kSeeds[] = {"Công ty TNHH Minh Phát", "ABC Co., Ltd.",
                                     "台灣積體電路製造股份有限公司"};
  const char kAlphabet[] = " .,-'&(Co\xE5\x85\xAC\xC3\xB4\xFF\x80";
  for (int iter = 0; iter < 5000; ++iter) {
    std::string s(kSeeds[iter % std::size(kSeeds)]);
    for (int k = 0; k < 4; ++k) {
      const size_t pos = rng() % (s.size() + 1);
      const char c = kAlphabet[rng() % (sizeof(kAlphabet) - 1)];
      if (rng() % 2 == 0) {
        s.insert(s.begin() + pos, c);
      } else if (pos < s.size()) {
        s[pos] = c;
      }
    }
    const NormalizedCompany n = NormalizeCompany(s);
    EXPECT_EQ(n.valid, n.reason.empty()) << s;
    if (n.valid) {
      EXPECT_FALSE(n.display.empty()) << s;
    }
  }
}

}  // namespace
}  // namespace dqe
