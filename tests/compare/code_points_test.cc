// The symbols the string metrics compare: code points, and each invalid byte
// as a symbol of its own.
#include "src/compare/code_points.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace dqe::internal {
namespace {

std::vector<char32_t> Decode(std::string_view s) {
  CodePointBuffer buffer;
  const std::span<const char32_t> symbols = buffer.Decode(s);
  return {symbols.begin(), symbols.end()};
}

TEST(CodePointsTest, DecodesCodePoints) {
  EXPECT_EQ(Decode(""), std::vector<char32_t>{});
  EXPECT_EQ(Decode("An"), (std::vector<char32_t>{U'A', U'n'}));
  EXPECT_EQ(Decode("Nguyễn"),
            (std::vector<char32_t>{U'N', U'g', U'u', U'y', U'ễ', U'n'}));
  EXPECT_EQ(Decode("张伟"), (std::vector<char32_t>{U'张', U'伟'}));
  EXPECT_EQ(Decode("𠀋"), (std::vector<char32_t>{U'𠀋'}));
}

TEST(CodePointsTest, InvalidBytesAreSymbolsOfTheirOwn) {
  // A lone lead byte, a lone continuation byte, a truncated sequence, an
  // overlong form and a byte that never occurs in UTF-8.
  EXPECT_EQ(Decode("a\xC3"),
            (std::vector<char32_t>{U'a', kInvalidByteBase + 0xC3}));
  EXPECT_EQ(Decode("\x80z"),
            (std::vector<char32_t>{kInvalidByteBase + 0x80, U'z'}));
  EXPECT_EQ(Decode("\xE4\xB8"), (std::vector<char32_t>{kInvalidByteBase + 0xE4,
                                                       kInvalidByteBase + 0xB8}));
  EXPECT_EQ(Decode("\xC0\xAF"), (std::vector<char32_t>{kInvalidByteBase + 0xC0,
                                                       kInvalidByteBase + 0xAF}));
  EXPECT_EQ(Decode("\xFF"), (std::vector<char32_t>{kInvalidByteBase + 0xFF}));
  // Never equal to a real code point: U+00FF is ÿ.
  EXPECT_NE(Decode("\xFF"), Decode("ÿ"));
}

TEST(CodePointsTest, LongTextDecodesOnTheHeap) {
  std::string s;
  for (int i = 0; i < 100; ++i) s += "ễ";  // 300 bytes, 100 symbols
  const std::vector<char32_t> symbols = Decode(s);
  EXPECT_EQ(symbols, std::vector<char32_t>(100, U'ễ'));
}

// The fast paths for 2- and 3-byte sequences agree with the strict decoder
// on arbitrary bytes, weighted towards lead and continuation bytes.
TEST(CodePointsTest, DecodeAgreesWithTheStrictDecoderOnRandomBytes) {
  std::mt19937 rng(42);
  const unsigned char interesting[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x9F,
                                       0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3,
                                       0xDF, 0xE0, 0xE4, 0xED, 0xEF, 0xF0,
                                       0xF4, 0xF5, 0xFF};
  for (int n = 0; n < 200000; ++n) {
    std::string s(std::uniform_int_distribution<size_t>(0, 12)(rng), '\0');
    for (char& c : s) {
      const unsigned r = std::uniform_int_distribution<unsigned>(0, 511)(rng);
      c = static_cast<char>(r < 256 ? r : interesting[r % sizeof(interesting)]);
    }
    std::vector<char32_t> want;
    for (size_t pos = 0; pos < s.size();) {
      const char32_t cp = DecodeUtf8(s, &pos);
      if (cp == kInvalidCodePoint) {
        want.push_back(kInvalidByteBase + static_cast<unsigned char>(s[pos++]));
      } else {
        want.push_back(cp);
      }
    }
    ASSERT_EQ(Decode(s), want);
    ASSERT_EQ(CountSymbols(s), want.size());
  }
}

TEST(CodePointsTest, CountSymbolsAgreesWithDecode) {
  for (std::string_view s :
       {"", "abc", "Nguyễn Văn An", "张伟", "\xC3", "a\x80\xFF b", "\xE4\xB8\xE5"}) {
    EXPECT_EQ(CountSymbols(s), Decode(s).size()) << s;
  }
}

TEST(CodePointsTest, VisitSymbolsUsesBytesOnlyWhenBothAreAscii) {
  // The sum of the two symbol sizes: 2 for bytes, 8 for code points.
  auto kind = [](auto a, auto b) { return sizeof(a[0]) + sizeof(b[0]); };
  EXPECT_EQ(VisitSymbols("nguyen", "van", kind), 2u);
  EXPECT_EQ(VisitSymbols("nguyen", "văn", kind), 8u);
  EXPECT_EQ(VisitSymbols("\xFF", "a", kind), 8u);
}

}  // namespace
}  // namespace dqe::internal
