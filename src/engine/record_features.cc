// record_features.cc: normalizing each row's matched values, in parallel.
#include "src/engine/record_features.h"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <cctype>
#include <limits>
#include <optional>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "src/common/split.h"
#include "dqe/normalize.h"
#include "src/normalize/city_aliases.h"
#include "src/normalize/cantonese.h"
#include "src/normalize/chinese_romanization.h"
#include "src/normalize/city_region.h"
#include "src/normalize/given_name_variants.h"
#include "src/normalize/text_fold.h"

#include "src/common/cat.h"

namespace dqe::internal {
namespace {

constexpr double kNoNumber = std::numeric_limits<double>::quiet_NaN();

std::string SortedTokens(std::string_view key) {
  std::vector<std::string_view> tokens = SplitView(key, ' ', true);
  std::sort(tokens.begin(), tokens.end());
  return JoinViews(tokens, " ");
}

// "New York, NY", "Miami, FL": a US state after a comma.
bool HasUsStateSuffix(std::string_view text) {
  const size_t comma = text.rfind(',');
  if (comma == std::string_view::npos) return false;
  std::string_view rest = text.substr(comma + 1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
  return rest.size() == 2 && std::isupper(static_cast<unsigned char>(rest[0])) &&
         std::isupper(static_cast<unsigned char>(rest[1]));
}

// City keys: administrative prefixes dropped ("TP. Hà Nội", "Thành phố Hồ
// Chí Minh", "Tỉnh Khánh Hòa"), spaces dropped ("Ha Noi" = "Hanoi").
std::string CityKey(std::string_view text) {
  // "New York, NY", "Miami, FL": the state after a comma goes.
  if (HasUsStateSuffix(text)) text = text.substr(0, text.rfind(','));
  std::string key = FoldTextKey(text);
  static constexpr std::string_view kPrefixes[] = {
      "thanh pho ", "tp ", "tinh ", "city of ", "t p ", "quan ", "huyen "};
  for (std::string_view p : kPrefixes) {
    if (key.size() > p.size() && key.compare(0, p.size(), p) == 0) {
      key.erase(0, p.size());
      break;
    }
  }
  if (key.size() > 3 && key.compare(key.size() - 3, 3, "shi") == 0 &&
      text.find("\xE5\xB8\x82") != std::string_view::npos) {  // 市
    key.resize(key.size() - 3);
  }
  // "Taipei City", "Ho Chi Minh City".
  if (key.size() > 5 && key.compare(key.size() - 5, 5, " city") == 0) {
    key.resize(key.size() - 5);
  }
  return std::string(CanonicalCityKey(WithoutSpaces(key)));
}

// The region of the city a cell names, or "".
std::string_view CityRegion(std::string_view text) {
  if (HasUsStateSuffix(text)) return "US";
  return RegionForCityKey(CityKey(text));
}

// Vietnamese names typed without diacritics are Latin and not flagged
// Vietnamese; their family names say so.
bool HasVietnameseFamilyName(const std::vector<std::string>& tokens) {
  static constexpr std::string_view kFamilies[] = {
      "bui",  "dang", "do",   "duong", "ho",  "hoang", "huynh", "le",
      "ly",   "ngo",  "nguyen", "pham", "phan", "tran",  "truong", "vo", "vu"};
  for (const std::string& t : tokens) {
    for (std::string_view f : kFamilies) {
      if (t == f) return true;
    }
  }
  return false;
}

struct RowValue {
  std::string key, sorted, values, core, cantonese;
  double number = kNoNumber;
};

// One row's value of one source.
class SourceNormalizer {
 public:
  SourceNormalizer(const SourceSpec& spec, const FeatureOptions& options)
      : spec_(spec), options_(options) {}

  void Compute(const TableColumns& table, size_t row, std::string_view region,
               bool row_without_country, RowValue* out) {
    row_without_country_ = row_without_country;
    out->key.clear();
    out->sorted.clear();
    out->values.clear();
    out->core.clear();
    out->cantonese.clear();
    out->number = kNoNumber;
    std::string_view text;
    if (spec_.columns.size() == 1) {
      text = table.columns[spec_.columns[0]][row];
    } else {
      // A given and a family name read as one name; several phone columns
      // (phone, mobile, home) as one cell of several numbers.
      const std::string_view separator = spec_.kind == Kind::kPhone ? "; " : " ";
      joined_.clear();
      for (int c : spec_.columns) {
        std::string_view cell = table.columns[c][row];
        if (cell.empty()) continue;
        if (!joined_.empty()) joined_.append(separator);
        joined_.append(cell);
      }
      text = joined_;
    }
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return;
    switch (spec_.kind) {
      case Kind::kPersonName: {
        NormalizeName(text, name_options_, &name_);
        if (!name_.valid) return;
        out->key = name_.key;
        out->sorted = name_.sorted_key;
        out->number = name_.script == Script::kHan ? 1.0 : 0.0;
        // "Bob Ortiz" and "Robert Ortiz": a Western given name's short form
        // (first token of a Latin name that is not Vietnamese) is keyed as
        // its formal name.
        if (name_.script == Script::kLatin && !name_.vietnamese &&
            name_.tokens.size() >= 2 && !HasVietnameseFamilyName(name_.tokens)) {
          std::string_view formal = FormalGivenName(name_.tokens[0]);
          if (formal != name_.tokens[0]) {
            std::vector<std::string_view> tokens(name_.tokens.begin(),
                                                 name_.tokens.end());
            tokens[0] = formal;
            out->key = JoinViews(tokens, " ");
            std::sort(tokens.begin(), tokens.end());
            out->sorted = JoinViews(tokens, " ");
          }
        }
        // Chinese names in pinyin or Wade-Giles ("Lin Tzu-ping", 林紫冰):
        // one loose spelling, compared and blocked on beside the key.
        if (name_.script == Script::kHan ||
            (name_.script == Script::kLatin && !name_.vietnamese)) {
          LooseChineseName(SplitView(out->sorted, ' ', true), &out->core);
          // Hong Kong's: 曾海瑞 read in Cantonese, "Tsang Hoi-sui".
          LooseCantonese(name_, &out->cantonese);
        }
        break;
      }
      case Kind::kPhone: {
        NormalizedPhone phone = NormalizePhone(text, region, phone_options_);
        bool any_valid = false;
        for (const PhoneNumber& n : phone.numbers) any_valid |= n.valid;
        // A row without a country whose number is not valid where the table
        // defaults to may be from another country the table holds (a US
        // number typed without +1 in a Vietnamese CRM): try those, most
        // common first.
        if (!any_valid && row_without_country_) {
          for (const std::string& other : options_.fallback_regions) {
            if (other == region) continue;
            NormalizedPhone retry = NormalizePhone(text, other, phone_options_);
            bool ok = false;
            for (const PhoneNumber& n : retry.numbers) ok |= n.valid;
            if (ok) {
              phone = std::move(retry);
              break;
            }
          }
        }
        for (const PhoneNumber& n : phone.numbers) {
          if (!n.valid) continue;
          if (out->key.empty()) out->key = n.e164;
          if (!out->values.empty()) out->values.push_back('\n');
          // Lines that are not one person's (landlines, switchboards,
          // hotlines) are marked with a leading '~' (see kSharedLineMark).
          // A number dialled with an extension is a switchboard.
          if (n.type == PhoneType::kFixedLine || n.type == PhoneType::kTollFree ||
              n.type == PhoneType::kSharedCost || n.type == PhoneType::kUan ||
              n.type == PhoneType::kPremiumRate || !n.extension.empty()) {
            out->values.push_back(kSharedLineMark);
          }
          out->values.append(n.e164);
        }
        out->sorted = out->key;
        break;
      }
      case Kind::kEmail: {
        NormalizedEmail email = NormalizeEmail(text);
        // info@, sales@ ... name a desk, not a person: no evidence either way.
        if (!email.valid || email.role_account) return;
        out->key = email.key;
        // A "+tag" is a subaddress of the mailbox before it wherever the
        // address is (Gmail and Outlook say so; other providers' user names
        // cannot hold a '+', and a company's mail server reads it so too):
        // an.nguyen+crm@yahoo.com is an.nguyen@yahoo.com's owner.
        if (const size_t plus = out->key.find('+');
            plus != std::string::npos && plus > 0) {
          out->key.erase(plus, out->key.find('@', plus) - plus);
        }
        out->sorted = out->key;
        out->number = email.mail_provider ? 1.0 : 0.0;
        break;
      }
      case Kind::kCompany: {
        NormalizedCompany company = NormalizeCompany(text);
        if (!company.valid) return;
        out->key = company.key;
        out->sorted = SortedTokens(company.key);
        out->core = std::move(company.core);
        break;
      }
      case Kind::kAddress: {
        NormalizedAddress address = NormalizeAddress(text);
        if (!address.valid) return;
        out->key = std::move(address.key);
        out->sorted = SortedTokens(out->key);
        break;
      }
      case Kind::kCity:
        out->key = CityKey(text);
        out->sorted = out->key;
        break;
      case Kind::kDate: {
        NormalizedDate date = NormalizeDate(text);
        if (!date.valid) return;
        out->key = Cat(date.iso.substr(0, 4), date.iso.substr(5, 2),
                                date.iso.substr(8, 2));
        out->sorted = out->key;
        out->number = static_cast<double>(date.days);
        break;
      }
      case Kind::kInteger:
      case Kind::kDecimal:
      case Kind::kPercent:
      case Kind::kDays: {
        NumberOptions o;
        o.percent_field = spec_.kind == Kind::kPercent;
        o.days_field = spec_.kind == Kind::kDays;
        NormalizedNumber number = NormalizeNumber(text, o);
        if (!number.valid) return;
        out->number = number.value;
        out->key = Cat(number.value);
        out->sorted = out->key;
        break;
      }
      case Kind::kId:
      case Kind::kText:
      case Kind::kEnum:
      case Kind::kCountry:
      default:
        out->key = FoldTextKey(text);
        out->sorted = out->key;
        break;
    }
  }

 private:
  const SourceSpec& spec_;
  const FeatureOptions& options_;
  NameOptions name_options_;
  PhoneOptions phone_options_;
  NormalizedName name_;
  std::string joined_;
  bool row_without_country_ = false;
};

bool HasCore(Kind kind) {
  return kind == Kind::kCompany || kind == Kind::kPersonName;
}

void Append(SourceFeatures::Strings* s, std::string_view value) {
  s->bytes.append(value);
  s->offsets.push_back(s->bytes.size());
}

}  // namespace

std::string FoldTextKey(std::string_view text) {
  std::string out;
  bool latin = false;
  if (FoldLatinKey(text, &out, &latin)) return out;
  std::string nfkc;
  size_t invalid_at = 0;
  if (!ToNfkc(text, &nfkc, &invalid_at)) return std::string();
  out.clear();
  FoldToKey(nfkc, HanRuns::kJoined, &out);
  return out;
}

std::vector<SourceFeatures> ComputeFeatures(const TableColumns& table,
                                            std::span<const SourceSpec> sources,
                                            const FeatureOptions& options) {
  const size_t n = table.num_rows;
  // Regions per row, from the country column (each distinct value read once).
  std::vector<std::string_view> row_region(n);
  std::vector<std::string> region_storage;
  if (options.country_column >= 0) {
    absl::flat_hash_map<std::string_view, size_t> seen;
    const auto& countries = table.columns[options.country_column];
    region_storage.reserve(1024);
    std::vector<std::optional<std::string>> distinct;
    for (size_t r = 0; r < n; ++r) {
      auto [it, inserted] = seen.try_emplace(countries[r], distinct.size());
      if (inserted) distinct.push_back(RegionForCountry(countries[r]));
    }
    region_storage.resize(distinct.size());
    for (size_t i = 0; i < distinct.size(); ++i) {
      if (distinct[i]) region_storage[i] = *distinct[i];
    }
    for (size_t r = 0; r < n; ++r) {
      row_region[r] = region_storage[seen[countries[r]]];
    }
  }
  // The table's countries by how many rows name them, for rows without one.
  FeatureOptions opts = options;
  if (opts.fallback_regions.empty() && !row_region.empty()) {
    absl::flat_hash_map<std::string_view, size_t> counts;
    for (std::string_view r : row_region) {
      if (!r.empty()) ++counts[r];
    }
    std::vector<std::pair<size_t, std::string_view>> by_count;
    for (const auto& [r, c] : counts) by_count.emplace_back(c, r);
    std::sort(by_count.begin(), by_count.end(),
              [](const auto& x, const auto& y) {
                return x.first != y.first ? x.first > y.first : x.second < y.second;
              });
    for (size_t i = 0; i < by_count.size() && i < 6; ++i) {
      opts.fallback_regions.emplace_back(by_count[i].second);
    }
  }
  // Rows without a country: their city's country, when the city is known.
  std::vector<std::string_view> city_region;
  if (options.city_column >= 0 &&
      static_cast<size_t>(options.city_column) < table.columns.size() &&
      table.columns[options.city_column].size() == n) {
    const auto& cities = table.columns[options.city_column];
    absl::flat_hash_map<std::string_view, std::string_view> seen;
    city_region.resize(n);
    for (size_t r = 0; r < n; ++r) {
      if (!row_region.empty() && !row_region[r].empty()) continue;
      auto [it, inserted] = seen.try_emplace(cities[r]);
      if (inserted) it->second = CityRegion(cities[r]);
      city_region[r] = it->second;
    }
  }

  std::vector<SourceFeatures> out(sources.size());
  constexpr size_t kChunk = 8192;
  const size_t chunks = (n + kChunk - 1) / kChunk;
  for (size_t s = 0; s < sources.size(); ++s) {
    const SourceSpec& spec = sources[s];
    std::string_view column_region;
    if (spec.columns.size() == 1 &&
        static_cast<size_t>(spec.columns[0]) < options.column_regions.size()) {
      column_region = options.column_regions[spec.columns[0]];
    }
    if (column_region.empty()) column_region = options.default_region;
    // Each chunk fills its own strings; they are concatenated in order.
    std::vector<SourceFeatures> parts(chunks);
    auto work = [&](const tbb::blocked_range<size_t>& range) {
      SourceNormalizer normalizer(spec, opts);
      RowValue value;
      for (size_t c = range.begin(); c != range.end(); ++c) {
        SourceFeatures& part = parts[c];
        const size_t begin = c * kChunk, end = std::min(n, begin + kChunk);
        part.numbers_.reserve(end - begin);
        for (size_t r = begin; r < end; ++r) {
          const bool no_country = row_region.empty() || row_region[r].empty();
          std::string_view region = !no_country ? row_region[r]
                                    : !city_region.empty() && !city_region[r].empty()
                                        ? city_region[r]
                                        : column_region;
          normalizer.Compute(table, r, region, no_country, &value);
          Append(&part.key_, value.key);
          Append(&part.sorted_, value.sorted);
          Append(&part.values_, value.values);
          if (HasCore(spec.kind)) Append(&part.core_, value.core);
          if (spec.kind == Kind::kPersonName) {
            Append(&part.cantonese_, value.cantonese);
          }
          part.numbers_.push_back(value.number);
        }
      }
    };
    if (options.threads > 1 && chunks > 1) {
      tbb::task_arena arena(options.threads);
      arena.execute([&] {
        tbb::parallel_for(tbb::blocked_range<size_t>(0, chunks, 1), work);
      });
    } else {
      work(tbb::blocked_range<size_t>(0, chunks, chunks == 0 ? 1 : chunks));
    }
    SourceFeatures& f = out[s];
    f.numbers_.reserve(n);
    for (SourceFeatures::Strings SourceFeatures::*field :
         {&SourceFeatures::key_, &SourceFeatures::sorted_,
          &SourceFeatures::values_, &SourceFeatures::core_,
          &SourceFeatures::cantonese_}) {
      if (field == &SourceFeatures::core_ && !HasCore(spec.kind)) continue;
      if (field == &SourceFeatures::cantonese_ && spec.kind != Kind::kPersonName) {
        continue;
      }
      SourceFeatures::Strings& dst = f.*field;
      size_t bytes = 0;
      for (const SourceFeatures& p : parts) bytes += (p.*field).bytes.size();
      dst.bytes.reserve(bytes);
      dst.offsets.reserve(n + 1);
      for (SourceFeatures& p : parts) {
        SourceFeatures::Strings& src = p.*field;
        const uint64_t base = dst.bytes.size();
        dst.bytes.append(src.bytes);
        for (size_t i = 1; i < src.offsets.size(); ++i) {
          dst.offsets.push_back(base + src.offsets[i]);
        }
        src = {};
      }
    }
    for (const SourceFeatures& p : parts) {
      f.numbers_.insert(f.numbers_.end(), p.numbers_.begin(), p.numbers_.end());
    }
  }
  return out;
}

}  // namespace dqe::internal
