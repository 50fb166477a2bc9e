// phone_cell_splitter.h: the phone numbers a CRM cell holds.
//
// Clerks put several numbers in one cell and decorate them:
//
//   "0912 345 678 / 028 3822 1234"          two numbers
//   "0912345678; 0987654321", "... hoặc ...", "... or ...", "... 或 ..."
//   "028 3822 1234 ext. 12", "x12", "#12", "máy lẻ 12", "转12", "分機12"
//   "0912 345 678 (Anh Nam)"                 a note after the number
//
// SplitPhoneCell finds the numbers, their extensions, and the text to hand
// to the phone parser for each. It never parses: a part's `number` is still
// text, read later exactly as libphonenumber reads it. A cell is split at
// ; , | newline and their fullwidth forms, and at words, slashes, "&", a
// spaced dash or a new "+" between two runs of at least 7 digits each (so
// "028/3822 1234" and "028 3822 1234 ext 12" stay one number), and at
// spaces between two unbroken runs of 8 or more digits.
#ifndef DQE_NORMALIZE_PHONE_CELL_SPLITTER_H_
#define DQE_NORMALIZE_PHONE_CELL_SPLITTER_H_

#include <string>
#include <string_view>
#include <vector>

namespace dqe::internal {

struct PhoneCellPart {
  // The part of the cell this number was read from, trimmed (a view into
  // the cell).
  std::string_view input;
  // The text to parse: `input` without its extension and trailing note.
  std::string_view number;
  // The extension's digits (ASCII); empty when none.
  std::string extension;
};

// SplitPhoneCell returns the numbers in `cell` (valid UTF-8), at most
// `max_parts`, in the order they appear. Parts without any digit are
// dropped; a part that is only an extension ("ext. 12" after a comma) is
// given to the number before it.
std::vector<PhoneCellPart> SplitPhoneCell(std::string_view cell, int max_parts);

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_PHONE_CELL_SPLITTER_H_
