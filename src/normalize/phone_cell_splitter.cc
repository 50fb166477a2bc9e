#include "src/normalize/phone_cell_splitter.h"

#include <cstdint>
#include <string>

#include "src/common/utf8.h"
#include "unicode/normalizer2.h"
#include "unicode/uchar.h"
#include "unicode/unistr.h"

namespace dqe::internal {
namespace {

// The cell as the splitter reads it: ASCII letters lower-case, Latin letters
// without their marks (máy lẻ → may le), fullwidth digits and punctuation as
// ASCII, odd spaces as ' ', zero-width characters gone; any other character
// kept as its UTF-8 bytes. offset(i) maps a byte of the folded text back to
// the cell.
class FoldedCell {
 public:
  explicit FoldedCell(std::string_view cell) : size_(cell.size()) {
    if (IsAscii(cell)) {
      text_.resize(cell.size());
      for (size_t i = 0; i < cell.size(); ++i) {
        const char c = cell[i];
        text_[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
      }
      return;
    }
    identity_ = false;
    text_.reserve(cell.size());
    offsets_.reserve(cell.size() + 1);
    for (size_t pos = 0; pos < cell.size();) {
      const size_t at = pos;
      const unsigned char byte = static_cast<unsigned char>(cell[pos]);
      if (byte < 0x80) {
        ++pos;
        Emit((byte >= 'A' && byte <= 'Z') ? byte + 32 : byte, at);
        continue;
      }
      const char32_t cp = DecodeUtf8(cell, &pos);
      if (cp == kInvalidCodePoint) {  // callers check UTF-8; be safe anyway
        ++pos;
        Emit('?', at);
        continue;
      }
      const char ascii = FoldToAscii(cp);
      if (ascii == kDrop) continue;
      if (ascii != kKeep) {
        Emit(static_cast<unsigned char>(ascii), at);
        continue;
      }
      for (size_t k = at; k < pos; ++k) {
        Emit(static_cast<unsigned char>(cell[k]), at);
      }
    }
  }

  const std::string& text() const { return text_; }
  size_t offset(size_t i) const {
    if (identity_) return i;
    return i < offsets_.size() ? offsets_[i] : size_;
  }

 private:
  static constexpr char kKeep = 0;
  static constexpr char kDrop = 1;

  void Emit(unsigned char c, size_t at) {
    text_.push_back(static_cast<char>(c));
    offsets_.push_back(static_cast<uint32_t>(at));
  }

  static char FoldToAscii(char32_t cp) {
    if (cp >= 0xFF10 && cp <= 0xFF19)
      return static_cast<char>('0' + (cp - 0xFF10));
    switch (cp) {
      case 0xFF0B:
        return '+';
      case 0xFF08:
        return '(';
      case 0xFF09:
        return ')';
      case 0xFF3B:
        return '[';
      case 0xFF3D:
        return ']';
      case 0xFF0F:
        return '/';
      case 0xFF3C:
        return '\\';
      case 0xFF06:
        return '&';
      case 0xFF0D:
      case 0x2010:
      case 0x2011:
      case 0x2012:
      case 0x2013:
      case 0x2014:
      case 0x2015:
      case 0x2212:
        return '-';
      case 0xFF0C:
      case 0x3001:
        return ',';
      case 0xFF1B:
        return ';';
      case 0xFF1A:
        return ':';
      case 0xFF0E:
      case 0x3002:
        return '.';
      case 0xFF03:
        return '#';
      case 0xFF5C:
        return '|';
      case 0x2028:
      case 0x2029:
      case 0x0085:
        return '\n';
      case 0x00A0:
      case 0x2007:
      case 0x2009:
      case 0x202F:
      case 0x3000:
      case 0x2002:
      case 0x2003:
        return ' ';
      case 0x00AD:
      case 0x200B:
      case 0x200C:
      case 0x200D:
      case 0x2060:
      case 0xFEFF:
        return kDrop;
      case 0x0110:
      case 0x0111:
      case 0x00D0:
        return 'd';
      default:
        break;
    }
    if (cp >= 0x0300 && cp <= 0x036F) return kDrop;  // combining marks (NFD)
    if ((cp >= 0x00C0 && cp <= 0x024F) || (cp >= 0x1E00 && cp <= 0x1EFF)) {
      // A Latin letter with marks: its base letter.
      UErrorCode status = U_ZERO_ERROR;
      const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
      icu::UnicodeString decomposition;
      if (U_SUCCESS(status) &&
          nfd->getDecomposition(static_cast<UChar32>(cp), decomposition) &&
          decomposition.length() > 0) {
        const UChar base = decomposition.charAt(0);
        if (base < 0x80 && u_isalpha(base)) {
          return static_cast<char>(u_tolower(base));
        }
      }
    }
    return kKeep;
  }

  std::string text_;
  std::vector<uint32_t> offsets_;
  size_t size_;
  bool identity_ = true;
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) {
  return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
}
bool IsSpace(char c) { return c == ' ' || c == '\t'; }
bool IsHardSeparator(char c) {
  return c == ';' || c == ',' || c == '|' || c == '\n' || c == '\r';
}

// Digits needed on each side before a word, slash ... splits two numbers.
constexpr int kMinDigitsPerNumber = 7;
// Unbroken digit runs this long on both sides of plain spaces split too.
constexpr int kMinDigitsRunForSpaceSplit = 8;
constexpr int kMaxExtensionDigits = 10;

struct DigitRun {
  size_t begin, end;
  int digits;
};

// Markers that start an extension, as they read in the folded text. ASCII
// words must stand alone ("Fax" holds no 'x' mark).
struct ExtensionMark {
  std::string_view text;
  bool word;
};
constexpr ExtensionMark kExtensionMarks[] = {
    {"extension", true},
    {"extn", true},
    {"ext", true},
    {"x", true},
    {"may le", true},     // máy lẻ
    {"may nhanh", true},  // máy nhánh
    {"nhanh", true},      // nhánh
    {"ml", true},         // ML, the usual abbreviation of máy lẻ
    {"#", false},
    {"\xE8\xBD\xAC", false},              // 转
    {"\xE8\xBD\x89", false},              // 轉
    {"\xE5\x88\x86\xE6\x9C\xBA", false},  // 分机
    {"\xE5\x88\x86\xE6\xA9\x9F", false},  // 分機
    {"\xE5\x88\x86\xE7\xBA\xBF", false},  // 分线
    {"\xE5\x88\x86\xE7\xB7\x9A", false},  // 分線
    {"\xE5\x86\x85\xE7\xBA\xBF", false},  // 内线
    {"\xE5\x85\xA7\xE7\xB7\x9A", false},  // 內線
};

// If an extension mark starts at text[i], the extension's digits and where
// they end.
bool MatchExtension(const std::string& text, size_t i, size_t end,
                    std::string* digits, size_t* digits_end) {
  // Every mark starts with one of these bytes.
  switch (text[i]) {
    case 'e':
    case 'x':
    case 'm':
    case 'n':
    case '#':
    case '\xE5':
    case '\xE8':
      break;
    default:
      return false;
  }
  for (const ExtensionMark& mark : kExtensionMarks) {
    if (text.compare(i, mark.text.size(), mark.text) != 0 ||
        i + mark.text.size() > end) {
      continue;
    }
    size_t j = i + mark.text.size();
    if (mark.word) {
      if (i > 0 && text[i - 1] >= 'a' && text[i - 1] <= 'z') continue;
      if (j < end && text[j] >= 'a' && text[j] <= 'z') continue;
    }
    while (j < end && (IsSpace(text[j]) || text[j] == '.' || text[j] == ':' ||
                       text[j] == '-' || text[j] == '=' || text[j] == '#')) {
      ++j;
    }
    size_t k = j;
    while (k < end && IsDigit(text[k]) && k - j < kMaxExtensionDigits) ++k;
    if (k == j || (k < end && IsDigit(text[k]))) continue;
    digits->assign(text, j, k - j);
    *digits_end = k;
    return true;
  }
  return false;
}

class Splitter {
 public:
  Splitter(std::string_view cell, int max_parts)
      : cell_(cell), folded_(cell), max_parts_(max_parts) {}

  std::vector<PhoneCellPart> Run() {
    const std::string& text = folded_.text();
    size_t begin = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
      if (i == text.size() || IsHardSeparator(text[i])) {
        SplitPiece(begin, i);
        begin = i + 1;
      }
    }
    return std::move(parts_);
  }

 private:
  // A piece between hard separators: cut it where two numbers meet.
  void SplitPiece(size_t begin, size_t end) {
    const std::string& text = folded_.text();
    runs_.clear();
    for (size_t i = begin; i < end;) {
      if (!IsDigit(text[i])) {
        ++i;
        continue;
      }
      DigitRun run{i, i, 0};
      while (i < end && IsDigit(text[i])) ++i;
      run.end = i;
      run.digits = static_cast<int>(run.end - run.begin);
      runs_.push_back(run);
    }
    if (runs_.empty()) return;  // a label, "N/A", ...
    // Which gaps between runs could separate two numbers.
    cut_kind_.assign(runs_.size(), kNoCut);
    for (size_t k = 0; k + 1 < runs_.size(); ++k) {
      cut_kind_[k] = GapKind(runs_[k], runs_[k + 1]);
    }
    size_t part_begin = begin;
    int left_digits = 0;
    for (size_t k = 0; k < runs_.size(); ++k) {
      left_digits += runs_[k].digits;
      if (cut_kind_[k] == kNoCut) continue;
      bool cut;
      if (cut_kind_[k] == kSpaces) {
        cut = true;  // both runs are long: checked in GapKind
      } else {
        int right_digits = 0;
        for (size_t m = k + 1; m < runs_.size(); ++m) {
          right_digits += runs_[m].digits;
          if (cut_kind_[m] != kNoCut) break;
        }
        cut = left_digits >= kMinDigitsPerNumber &&
              right_digits >= kMinDigitsPerNumber;
      }
      if (!cut) continue;
      const size_t gap_begin = runs_[k].end;
      const size_t gap_end = runs_[k + 1].begin;
      // The next number keeps a "+" or "(" that opens it.
      size_t next_begin = gap_begin;
      for (size_t i = gap_begin; i < gap_end; ++i) {
        const char c = text[i];
        if (!IsSpace(c) && c != '+' && c != '(' && c != '[') next_begin = i + 1;
      }
      AddPart(part_begin, gap_begin);
      part_begin = next_begin;
      left_digits = 0;
    }
    AddPart(part_begin, end);
  }

  enum CutKind { kNoCut, kSeparator, kSpaces };

  CutKind GapKind(const DigitRun& left, const DigitRun& right) const {
    const std::string& text = folded_.text();
    bool spaces_only = true;
    bool separator = false;
    for (size_t i = left.end; i < right.begin; ++i) {
      const char c = text[i];
      if (!IsSpace(c)) spaces_only = false;
      if (IsLetter(c) || c == '/' || c == '\\' || c == '&' || c == '+') {
        separator = true;
      } else if (c == '-' && i > left.end && IsSpace(text[i - 1]) &&
                 i + 1 < right.begin && IsSpace(text[i + 1])) {
        separator = true;  // " - " between two numbers
      }
    }
    if (separator) return kSeparator;
    if (spaces_only && left.digits >= kMinDigitsRunForSpaceSplit &&
        right.digits >= kMinDigitsRunForSpaceSplit) {
      return kSpaces;
    }
    return kNoCut;
  }

  // One number: its extension, its note, its text.
  void AddPart(size_t begin, size_t end) {
    const std::string& text = folded_.text();
    while (begin < end && IsSpace(text[begin])) ++begin;
    while (end > begin && IsSpace(text[end - 1])) --end;
    int digits_seen = 0;
    size_t number_end = end;
    std::string extension;
    for (size_t i = begin; i < end; ++i) {
      if (IsDigit(text[i])) {
        ++digits_seen;
        continue;
      }
      // A mark counts after the first digits of a number, or opening a part
      // that is nothing but a short extension ("ext. 12" after a comma).
      if (digits_seen != 0 && digits_seen < 3) continue;
      if (digits_seen == 0 && i != begin) continue;
      size_t extension_end;
      if (!MatchExtension(text, i, end, &extension, &extension_end)) continue;
      if (digits_seen == 0) {
        bool more_digits = false;
        for (size_t k = extension_end; k < end; ++k) {
          more_digits = more_digits || IsDigit(text[k]);
        }
        if (more_digits || extension.size() > 6) {
          extension.clear();
          continue;
        }
        if (!parts_.empty() && parts_.back().extension.empty()) {
          parts_.back().extension = std::move(extension);
          return;
        }
        extension.clear();
        break;
      }
      number_end = i;
      break;
    }
    // A note after the number ("0912 345 678 (Anh Nam)") is not part of it;
    // letters glued to it ("1-800-FLOWERS") are.
    size_t last_digit = number_end;
    for (size_t i = number_end; i > begin; --i) {
      if (IsDigit(text[i - 1])) {
        last_digit = i;
        break;
      }
    }
    if (last_digit < number_end &&
        (IsSpace(text[last_digit]) || text[last_digit] == '(' ||
         text[last_digit] == '[')) {
      bool letters = false;
      for (size_t i = last_digit; i < number_end; ++i) {
        letters = letters || IsLetter(text[i]);
      }
      if (letters) number_end = last_digit;
    }
    while (number_end > begin && IsSpace(text[number_end - 1])) --number_end;
    if (static_cast<int>(parts_.size()) >= max_parts_) return;
    PhoneCellPart part;
    const size_t from = folded_.offset(begin);
    part.input = cell_.substr(from, folded_.offset(end) - from);
    part.number = cell_.substr(from, folded_.offset(number_end) - from);
    part.extension = std::move(extension);
    parts_.push_back(std::move(part));
  }

  std::string_view cell_;
  FoldedCell folded_;
  int max_parts_;
  std::vector<DigitRun> runs_;
  std::vector<CutKind> cut_kind_;
  std::vector<PhoneCellPart> parts_;
};

}  // namespace

std::vector<PhoneCellPart> SplitPhoneCell(std::string_view cell,
                                          int max_parts) {
  if (max_parts <= 0) return {};
  return Splitter(cell, max_parts).Run();
}

}  // namespace dqe::internal
