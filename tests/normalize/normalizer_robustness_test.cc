// Every normalizer, on any byte string: no crash, no hang, invalid UTF-8
// reported (never repaired), and nothing but valid UTF-8 written out.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "dqe/normalize.h"
#include "src/common/utf8.h"

namespace dqe {
namespace {

bool IsUtf8(const std::string& s) {
  return internal::FindInvalidUtf8(s) == std::string_view::npos;
}

// Real values users type, to mutate.
const std::vector<std::string>& Seeds() {
  static const std::vector<std::string> seeds = {
      "Nguyễn Văn An", "Ðặng Thị Hoà", "張偉先生", "王秀英女士", "Zhāng Wěi",
      "Dr. John O'Neil", "０９１２３４５６７８", "+84 (0) 912-345-678",
      "0912 345 678 / 028 3822 1234", "  Mailto:Nguyen.Van.An+crm@GoogleMail.com",
      "nguyễn@công-ty.vn", "Công ty TNHH Minh Phát", "張記貿易有限公司",
      "ABC Trading Co., Ltd.", "月結30天", "30 ngày", "2%", "Net 30",
      "Иван Петров", "김민준", "สมชาย", "e\xCC\x81\xCC\x81\xCC\x81"};
  return seeds;
}

class Fuzzer {
 public:
  explicit Fuzzer(uint32_t seed) : rng_(seed) {}
  std::string Next() {
    const int kind = Int(4);
    if (kind == 0) {  // random bytes
      std::string s(static_cast<size_t>(Int(48)), '\0');
      for (char& c : s) c = static_cast<char>(Int(256));
      return s;
    }
    std::string s = Seeds()[static_cast<size_t>(Int(static_cast<int>(Seeds().size())))];
    const int edits = 1 + Int(4);
    for (int e = 0; e < edits && !s.empty(); ++e) {
      const size_t at = static_cast<size_t>(Int(static_cast<int>(s.size())));
      switch (Int(4)) {
        case 0: s[at] = static_cast<char>(Int(256)); break;      // flip a byte
        case 1: s.erase(at, 1); break;                           // cut a sequence
        case 2: s.insert(at, 1, static_cast<char>(Int(256))); break;
        default: s += s.substr(0, at); break;                    // repeat
      }
    }
    return s;
  }
  int Int(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }

 private:
  std::mt19937 rng_;
};

void CheckName(const std::string& s) {
  const NormalizedName n = NormalizeName(s);
  const bool utf8 = IsUtf8(s);
  if (!utf8) {
    EXPECT_FALSE(n.valid);
    EXPECT_NE(n.reason.find("UTF-8"), std::string::npos) << n.reason;
  }
  if (!n.valid) {
    EXPECT_FALSE(n.reason.empty());
  }
  EXPECT_TRUE(IsUtf8(n.display));
  EXPECT_TRUE(IsUtf8(n.key));
  for (const std::string& t : n.tokens) EXPECT_TRUE(IsUtf8(t));
}

void CheckPhone(const std::string& s) {
  const NormalizedPhone p = NormalizePhone(s, "VN");
  if (!IsUtf8(s)) {
    EXPECT_FALSE(p.valid);
    EXPECT_NE(p.reason.find("UTF-8"), std::string::npos) << p.reason;
  }
  if (!p.valid) {
    EXPECT_FALSE(p.reason.empty());
  }
  for (const PhoneNumber& n : p.numbers) {
    EXPECT_TRUE(IsUtf8(n.input));
    EXPECT_TRUE(IsUtf8(n.e164));
    if (n.valid) {
      ASSERT_FALSE(n.e164.empty());
      EXPECT_EQ(n.e164[0], '+');
    }
  }
}

void CheckEmail(const std::string& s) {
  const NormalizedEmail e = NormalizeEmail(s);
  if (!IsUtf8(s)) {
    EXPECT_FALSE(e.valid);
    EXPECT_NE(e.reason.find("UTF-8"), std::string::npos) << e.reason;
  }
  if (!e.valid) {
    EXPECT_FALSE(e.reason.empty());
  }
  EXPECT_TRUE(IsUtf8(e.normalized));
  EXPECT_TRUE(IsUtf8(e.key));
}

void CheckCompany(const std::string& s) {
  const NormalizedCompany c = NormalizeCompany(s);
  if (!IsUtf8(s)) {
    EXPECT_FALSE(c.valid);
    EXPECT_NE(c.reason.find("UTF-8"), std::string::npos) << c.reason;
  }
  if (!c.valid) {
    EXPECT_FALSE(c.reason.empty());
  }
  EXPECT_TRUE(IsUtf8(c.display));
  EXPECT_TRUE(IsUtf8(c.key));
}

void CheckNumber(const std::string& s) {
  const NormalizedNumber n = NormalizeNumber(s);
  if (!IsUtf8(s)) {
    EXPECT_FALSE(n.valid);
    EXPECT_NE(n.reason.find("UTF-8"), std::string::npos) << n.reason;
  }
  if (!n.valid) {
    EXPECT_FALSE(n.reason.empty());
  }
}

TEST(NormalizerRobustness, RandomAndMutatedInput) {
  Fuzzer fuzz(1234);
  for (int i = 0; i < 20000; ++i) {
    const std::string s = fuzz.Next();
    CheckName(s);
    CheckPhone(s);
    CheckEmail(s);
    CheckCompany(s);
    CheckNumber(s);
    if (HasFatalFailure() || HasFailure()) {
      ADD_FAILURE() << "input bytes: " << ::testing::PrintToString(s);
      return;
    }
  }
}

TEST(NormalizerRobustness, HugeAndOddInput) {
  const std::vector<std::string> odd = {
      std::string(100000, 'a'),
      std::string(1 << 20, ' '),
      [] {
        std::string s;
        for (int i = 0; i < 20000; ++i) s += "Nguyễn ";
        return s;
      }(),
      std::string(5000, '\0'),
      std::string("\0Nguy\xE1\xBB\x85n", 9),
      std::string(10000, '9'),
      [] {
        std::string s;
        for (int i = 0; i < 3000; ++i) s += "0912 345 678 / ";
        return s;
      }(),
      [] {
        std::string s;
        for (int i = 0; i < 5000; ++i) s += "张伟";
        return s;
      }(),
      std::string(3000, '@'),
      "\xEF\xBB\xBF" "Nguyễn",  // BOM
  };
  for (const std::string& s : odd) {
    CheckName(s);
    CheckPhone(s);
    CheckEmail(s);
    CheckCompany(s);
    CheckNumber(s);
  }
}

}  // namespace
}  // namespace dqe
