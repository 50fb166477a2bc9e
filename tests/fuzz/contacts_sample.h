// contacts_sample.h: a four-row table with the columns of
// examples/data/contacts.csv (two spellings of one Vietnamese contact, two of
// one Hong Kong contact), for fuzz targets that vary what the engine is given
// (a config, a model) rather than the table.
#ifndef DQE_TESTS_FUZZ_CONTACTS_SAMPLE_H_
#define DQE_TESTS_FUZZ_CONTACTS_SAMPLE_H_

#include <string_view>
#include <vector>

#include "dqe/table.h"

namespace dqe::fuzz {

inline const TableView& ContactsSample() {
  static const std::vector<std::vector<std::string_view>> columns = {
      {"C1", "C2", "C3", "C4"},
      {"Nguyễn Văn An", "NGUYEN VAN AN", "陳大文", "Chan Tai Man"},
      {"0912 345 678", "+84912345678", "+852 9123 4567", "91234567"},
      {"an@gmail.com", "An@GoogleMail.com", "", "taiman.chan@yahoo.com.hk"},
      {"Công ty TNHH Minh Phát", "Minh Phat Co., Ltd", "大文貿易有限公司", ""},
      {"12 Lê Lợi, Quận 1", "12 Le Loi, Q.1", "", "香港灣仔告士打道 1 號"},
      {"TP. Hồ Chí Minh", "HCM", "香港", "Hong Kong"},
      {"Việt Nam", "VN", "", "HK"},
      {"2023-05-14", "14/05/2023", "2022-01-02", ""},
      {"crm", "import_excel", "crm", "web"}};
  static const TableView* table = [] {
    auto* t = new TableView;
    t->header = {"id",      "full_name", "phone",   "email",      "company",
                 "address", "city",      "country", "updated_at", "source"};
    for (const std::vector<std::string_view>& column : columns)
      t->columns.push_back(column);
    t->num_rows = columns[0].size();
    return t;
  }();
  return *table;
}

}  // namespace dqe::fuzz

#endif  // DQE_TESTS_FUZZ_CONTACTS_SAMPLE_H_
