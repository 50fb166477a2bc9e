// company_core.cc: a company name without its place and business words.
//
// The name is folded to key tokens (Han one syllable per character), and
// words are taken off both ends while they spell a business word or, at
// the ends, a place. Phrases are matched on the letters of consecutive
// tokens, so "Hong Kong", "hongkong" and 香港's "xiang gang" are each one
// place and "thuong mai" one business word however it was spaced.
#include "src/normalize/company_core.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "src/common/split.h"
#include "src/normalize/text_fold.h"

namespace dqe::internal {
namespace {

// Lines of business, folded, as they stand in names: Vietnamese, English,
// and Chinese as toneless pinyin (贸易 maoyi, 科技 keji ...). Spaces do not
// matter (see the file comment).
constexpr std::string_view kBusinessWords[] = {
    // Vietnamese.
    "thuong mai", "dich vu", "xay dung", "san xuat", "xuat nhap khau",
    "xuat khau", "nhap khau", "dau tu", "van tai", "du lich", "cong nghe",
    "may mac", "thuc pham", "truyen thong", "phan mem", "co khi", "ky thuat",
    "tu van", "bat dong san", "dien tu", "thiet bi", "giai phap", "phat trien",
    "tap doan", "quang cao", "noi that", "vat lieu", "hoa chat", "duoc pham",
    "y te", "giao duc", "nong san", "thuy san", "xay lap", "kinh doanh",
    "tiep van", "dien lanh", "vien thong", "tin hoc", "bao bi", "det may",
    "khoang san", "moi truong", "nang luong", "kien truc", "thiet ke", "dia oc",
    "tai chinh", "my pham", "thoi trang", "cong nghiep", "che bien",
    "nong nghiep", "giao nhan", "van chuyen", "in an", "logistics",
    // English.
    "trading", "trade", "traders", "services", "service", "construction",
    "constructions", "builders", "technology", "technologies", "tech",
    "electronics", "electronic", "electrical", "pharmaceutical",
    "pharmaceuticals", "pharma", "investment", "investments", "industrial",
    "industries", "industry", "plastics", "plastic", "media", "consulting",
    "consultants", "consultancy", "group", "holdings", "holding",
    "international", "intl", "import", "export", "imports", "exports",
    "manufacturing", "manufacturer", "garment", "garments", "apparel",
    "software", "solutions", "systems", "engineering", "development",
    "developments", "food", "foods", "travel", "tourism", "transport",
    "transportation", "shipping", "realty", "real estate", "property",
    "properties", "materials", "machinery", "equipment", "network", "networks",
    "information", "communications", "communication", "commercial", "supply",
    "supplies", "products", "chemicals", "chemical", "textiles", "textile",
    "telecom", "marketing", "advertising", "design", "security", "medical",
    "energy", "environmental", "agricultural", "seafood", "furniture",
    "printing", "packaging", "steel", "automotive", "mechanical",
    // Chinese, as pinyin.
    "maoyi", "shangmao", "keji", "dianzi", "shiye", "touzi", "jianshe",
    "wuliu", "jixie", "sujiao", "suliao", "jinchukou", "wangluo", "xinxi",
    "jishu", "zixun", "shipin", "zhiyao", "yiyao", "jituan", "guoji",
    "konggu", "fazhan", "gongcheng", "fuwu", "gongye", "shengwu", "nengyuan",
    "huanbao", "fangdichan", "dichan", "zhiye", "wenhua", "chuanmei",
    "guanggao", "zhuangshi", "sheji", "dianqi", "ruanjian", "jianzhu",
    "yunshu", "fangzhi", "fuzhuang", "huagong", "cailiao", "yiqi", "shebei",
    "qiche", "jiaju", "yinshua", "baozhuang", "gangtie", "jinshu", "yiliao",
    "canyin", "luyou", "jiudian", "zhizao", "shangye", "youxian",
};

// Vietnamese business abbreviations; a word made only of them ("TMDV",
// "SXTM", "XNK") is one.
constexpr std::string_view kBusinessAbbreviations[] = {
    "tm", "dv", "xd", "sx", "xnk", "dt", "vt", "dl", "cn", "mm", "kt", "tv",
    "qc", "bds", "tt"};

// Places that open or close a name: Chinese cities and regions (pinyin and
// their usual English spellings). Vietnamese places are left alone: "Sài Gòn
// Xanh", "Hà Nội Milk" are trade names.
constexpr std::string_view kPlaces[] = {
    "beijing",  "shanghai", "shenzhen", "guangzhou", "wuhan",    "hangzhou",
    "tianjin",  "chongqing", "chengdu", "nanjing",   "suzhou",
    "xiamen",   "dongguan", "foshan",   "ningbo",    "qingdao",  "dalian",
    "shenyang", "changsha", "zhengzhou", "jinan",    "hefei",    "fuzhou",
    "kunming",  "wuxi",     "changzhou", "zhuhai",   "shantou",  "taibei",
    "taipei",   "gaoxiong", "kaohsiung", "taizhong", "taichung", "tainan",
    "taoyuan",  "xinbei",   "xinzhu",   "hsinchu",   "xianggang", "hongkong",
    "aomen",    "macau",    "macao",    "taiwan",    "zhongguo", "china",
    "jiulong",  "kowloon"};

// After a place: 市, 省, 区 read as pinyin, or "City".
constexpr std::string_view kPlaceSuffixes[] = {"shi", "sheng", "city"};

constexpr std::string_view kConnectors[] = {"and", "va"};

using Set = absl::flat_hash_set<std::string>;

Set Joined(std::span<const std::string_view> phrases) {
  Set set;
  for (std::string_view p : phrases) {
    std::string joined;
    for (char c : p) {
      if (c != ' ') joined.push_back(c);
    }
    set.insert(std::move(joined));
  }
  return set;
}

const Set& BusinessWords() {
  static const Set* const set = new Set(Joined(kBusinessWords));
  return *set;
}
const Set& Places() {
  static const Set* const set = new Set(Joined(kPlaces));
  return *set;
}

bool In(std::string_view t, std::span<const std::string_view> words) {
  for (std::string_view w : words) {
    if (t == w) return true;
  }
  return false;
}

// Whether `t` is made only of business abbreviations.
bool AbbreviationsOnly(std::string_view t) {
  if (t.empty() || t.size() > 12) return false;
  // reach[i]: t[0, i) splits into abbreviations.
  bool reach[13] = {true};
  for (size_t i = 0; i < t.size(); ++i) {
    if (!reach[i]) continue;
    for (std::string_view a : kBusinessAbbreviations) {
      if (t.substr(i, a.size()) == a) reach[i + a.size()] = true;
    }
  }
  return reach[t.size()];
}

constexpr size_t kMaxPhraseTokens = 4;

// How many tokens from `begin` (forwards) or before `end` (backwards) spell
// a phrase of `set`, longest first; 0 when none.
size_t SpellsFront(const std::vector<std::string_view>& t, size_t begin,
                   size_t end, const Set& set) {
  std::string joined;
  size_t best = 0;
  for (size_t k = begin; k < end && k - begin < kMaxPhraseTokens; ++k) {
    joined.append(t[k]);
    if (set.contains(joined)) best = k - begin + 1;
  }
  return best;
}
size_t SpellsBack(const std::vector<std::string_view>& t, size_t begin,
                  size_t end, const Set& set) {
  std::string joined;
  size_t best = 0;
  for (size_t k = end; k > begin && end - k < kMaxPhraseTokens; --k) {
    joined.insert(0, t[k - 1]);
    if (set.contains(joined)) best = end - k + 1;
  }
  return best;
}

}  // namespace

std::string CompanyCore(std::string_view name) {
  std::string key;
  FoldToKey(name, HanRuns::kSyllables, &key);
  const std::vector<std::string_view> t = SplitView(key, ' ', true);
  size_t b = 0, e = t.size();
  for (bool changed = true; changed && b < e;) {
    changed = false;
    // A place at either end, with its 市 / City.
    if (size_t k = SpellsFront(t, b, e, Places()); k > 0 && k < e - b) {
      b += k;
      if (b + 1 < e && In(t[b], kPlaceSuffixes)) ++b;
      changed = true;
      continue;
    }
    size_t back = e;
    if (back - b > 1 && In(t[back - 1], kPlaceSuffixes)) --back;
    if (size_t k = SpellsBack(t, b, back, Places()); k > 0 && k < back - b) {
      e = back - k;
      changed = true;
      continue;
    }
    if (size_t k = SpellsFront(t, b, e, BusinessWords()); k > 0) {
      b += k;
      changed = true;
    } else if (AbbreviationsOnly(t[b]) || In(t[b], kConnectors)) {
      ++b;
      changed = true;
    }
    if (b >= e) break;
    if (size_t k = SpellsBack(t, b, e, BusinessWords()); k > 0) {
      e -= k;
      changed = true;
    } else if (In(t[e - 1], kConnectors)) {
      --e;
      changed = true;
    }
  }
  std::string core;
  if (b >= e) {  // nothing but places and business: the whole name
    b = 0;
    e = t.size();
  }
  for (size_t k = b; k < e; ++k) core.append(t[k]);
  return core;
}

}  // namespace dqe::internal
