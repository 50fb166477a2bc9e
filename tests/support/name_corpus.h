// name_corpus.h: generated person names as CRM rows hold them, for tests and
// benchmarks: Vietnamese (with the ways they get mangled), Chinese
// (Simplified, Traditional) and Western. Deterministic for a given seed.
#ifndef DQE_TESTS_SUPPORT_NAME_CORPUS_H_
#define DQE_TESTS_SUPPORT_NAME_CORPUS_H_

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

namespace dqe::testing {

inline const std::vector<std::string>& VietnameseSurnames() {
  static const std::vector<std::string> v = {
      "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
      "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương",
      "Lâm", "Mai", "Trịnh", "Đoàn", "Cao", "Lương", "Tạ", "Quách", "Hà",
      "Thái", "Tô", "Châu", "Kiều", "Khúc", "Ưng", "Âu", "Diệp", "Giáp",
      "Lưu", "Mạc", "Nghiêm", "Ông", "Quan", "Tăng", "Thân", "Tôn", "Từ",
      "Văn", "Vương", "Xa", "Yên", "Khổng"};
  return v;
}

inline const std::vector<std::string>& VietnameseMiddleNames() {
  static const std::vector<std::string> v = {
      "Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Xuân",
      "Thu", "Kim", "Gia", "Bảo", "Hoài", "Thành", "Công", "Quốc", "Như",
      "Diệu", "Mỹ", "Phương", "Tuấn", "Khánh", "Thùy", "Thúy", "Hoàng", "Việt",
      "Trọng", "Đình", "Nhật", "Tường", "Huyền"};
  return v;
}

inline const std::vector<std::string>& VietnameseGivenNames() {
  static const std::vector<std::string> v = {
      "An", "Anh", "Bảo", "Bình", "Chi", "Cường", "Dũng", "Duyên", "Giang",
      "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hoà", "Hoàng", "Hùng", "Hương",
      "Huyền", "Khánh", "Khoa", "Khỏe", "Khoẻ", "Lan", "Linh", "Loan", "Long",
      "Mai", "Minh", "My", "Nam", "Nga", "Ngọc", "Nhung", "Phong", "Phúc",
      "Phương", "Quân", "Quyên", "Quỳnh", "Quý", "Sơn", "Tâm", "Thảo",
      "Thắng", "Thủy", "Thuỷ", "Thúy", "Thuý", "Tiến", "Toàn", "Trang",
      "Trinh", "Trung", "Tuấn", "Tùng", "Uyên", "Vân", "Việt", "Vinh",
      "Xuân", "Yến", "Ánh", "Đạt", "Đông", "Giàu", "Khải", "Lộc", "Ngân",
      "Nguyệt", "Oanh", "Quế", "Thoa", "Thoả", "Thỏa", "Tuyết", "Ước",
      "Ưng", "Vượng", "Xoan", "Ý", "Hiền", "Khuê", "Loát", "Ngoạn", "Khuyến",
      "Tường", "Trường", "Nghĩa", "Hưởng", "Thuận", "Quyết", "Khoái",
      "Ngoãn", "Chuyên", "Hoạch", "Huệ", "Thụy", "Oánh", "Khoát"};
  return v;
}

inline const std::vector<std::string>& WesternGivenNames() {
  static const std::vector<std::string> v = {
      "John", "Mary", "José", "François", "Zoë", "Søren", "Ångström", "Łukasz",
      "Jürgen", "Chloé", "Seán", "Siobhán", "Mary-Jane", "Jean-Pierre",
      "Ægir", "Björk", "Dvořák", "İlkay", "Renée", "Noël"};
  return v;
}

inline const std::vector<std::string>& WesternSurnames() {
  static const std::vector<std::string> v = {
      "Smith", "O'Neil", "Álvarez", "Müller", "García", "Nuñez", "Straße",
      "Łódź", "Ørsted", "Dvořák", "McDonald", "van der Berg", "D'Angelo",
      "Żółć", "Ćosić", "Œuvre", "Þórsson", "Ðorđević", "Brontë", "Lefèvre"};
  return v;
}

// Common Chinese surnames (Simplified), most frequent first.
inline const std::vector<std::string>& ChineseSurnames() {
  static const std::vector<std::string> v = {
      "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
      "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋",
      "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
      "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁",
      "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
      "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦",
      "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎",
      "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴",
      "莫", "孔", "向", "汤", "单", "解", "欧阳", "司马", "诸葛", "上官"};
  return v;
}

// Characters common in Chinese given names (Simplified).
inline const std::vector<std::string>& ChineseGivenChars() {
  static const std::vector<std::string> v = {
      "伟", "芳", "娜", "秀", "英", "敏", "静", "丽", "强", "磊", "军", "洋",
      "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚", "桂", "华",
      "玉", "萍", "红", "建", "文", "辉", "力", "国", "兰", "飞", "鹏", "燕",
      "宇", "浩", "鑫", "欣", "婷", "雪", "琳", "晨", "龙", "俊", "峰", "亮",
      "斌", "博", "志", "海", "波", "宁", "凯", "佳", "丹", "慧", "颖", "倩",
      "晶", "梅", "莉", "思", "嘉", "怡", "雨", "梦", "子", "涵", "轩", "睿",
      "泽", "一", "诺", "欢", "乐", "长", "重", "朝", "行", "和", "家", "春",
      "东", "坤", "瑞", "晓", "彬", "健", "永", "振", "成", "德", "荣", "昊",
      "天", "翔", "鸿", "源", "清", "淑", "珍", "贞", "凤", "琴", "云", "莲"};
  return v;
}

// CorpusGenerator makes names; not thread-safe.
class CorpusGenerator {
 public:
  explicit CorpusGenerator(uint32_t seed) : rng_(seed) {}

  // A Vietnamese name: surname, 0–2 middle names, given name; sometimes
  // mangled the ways CRM rows are (all caps, no diacritics is left to the
  // caller, NFD, extra spaces, given name first).
  std::string Vietnamese() {
    std::string s = Pick(VietnameseSurnames());
    const int middles = Uniform(3);
    for (int i = 0; i < middles; ++i) s += " " + Pick(VietnameseMiddleNames());
    s += " " + Pick(VietnameseGivenNames());
    switch (Uniform(8)) {
      case 0: s = Upper(s); break;
      case 1: s = Nfd(s); break;
      case 2: s = "  " + s + " "; break;
      default: break;
    }
    return s;
  }

  // A Chinese name in Simplified characters: surname plus one or two given
  // characters.
  std::string ChineseSimplified() {
    std::string s = Pick(ChineseSurnames());
    s += Pick(ChineseGivenChars());
    if (Uniform(3) != 0) s += Pick(ChineseGivenChars());
    return s;
  }

  std::string Western() {
    return Pick(WesternGivenNames()) + " " + Pick(WesternSurnames());
  }

  int Uniform(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }

  template <typename T>
  const T& Pick(const std::vector<T>& v) {
    return v[static_cast<size_t>(Uniform(static_cast<int>(v.size())))];
  }

  static std::string Nfd(const std::string& s) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString u = nfd->normalize(icu::UnicodeString::fromUTF8(s), status);
    std::string out;
    u.toUTF8String(out);
    return out;
  }

  static std::string Upper(const std::string& s) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
    u.toUpper();
    std::string out;
    u.toUTF8String(out);
    return out;
  }

  // Traditional writes Simplified text in Traditional characters with ICU.
  static std::string Traditional(const std::string& s) {
    thread_local std::unique_ptr<icu::Transliterator> t;
    if (!t) {
      UErrorCode status = U_ZERO_ERROR;
      t.reset(icu::Transliterator::createInstance("Simplified-Traditional",
                                                  UTRANS_FORWARD, status));
    }
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
    t->transliterate(u);
    std::string out;
    u.toUTF8String(out);
    return out;
  }

 private:
  std::mt19937 rng_;
};

}  // namespace dqe::testing

#endif  // DQE_TESTS_SUPPORT_NAME_CORPUS_H_
