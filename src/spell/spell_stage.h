// The spell stage: after restoration, report (or fix) what is still
// misspelled, and make sure no rule can introduce a misspelling.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "base/edit.h"
#include "base/status.h"
#include "rules/matcher.h"
#include "spell/hunspell_checker.h"

namespace unspin {

enum class SpellMode { kOff, kReport, kFix };

struct SpellFinding {
  ByteSpan span;  // in the input
  std::string word;
  std::vector<std::string> suggestions;  // best first; may be empty
  bool fixed = false;                    // --spell=fix replaced it
};

// Thread-safe: Hunspell handles are pooled, one in use per thread at a time,
// created on first need and reused.
class SpellStage {
 public:
  static StatusOr<std::unique_ptr<SpellStage>> Create(DictionaryFiles files, SpellMode mode);

  SpellMode mode() const { return mode_; }

  // Checks the words of `document` outside `edits` (restorations are
  // guaranteed dictionary words, see AcceptsWords). Returns the findings in
  // order; suggestions are looked up for the first 25 distinct misspelled
  // words of a document only (Hunspell's search is slow); in fix mode, appends an edit for each unambiguous correction (one
  // suggestion, within two edits, lower-case word) to `fixes`.
  std::vector<SpellFinding> Run(const TokenizedText& document, const std::vector<Edit>& edits,
                                std::vector<Edit>& fixes) const;

  // True when every lower-case word of `phrase` passes the dictionary: the
  // restoration guard. Capitalised words, acronyms and numbers are not
  // checked, as in running text.
  bool AcceptsWords(std::string_view phrase) const;

 private:
  SpellStage(DictionaryFiles files, SpellMode mode) : files_(std::move(files)), mode_(mode) {}

  // A checker for the calling thread's exclusive use; give it back after.
  std::unique_ptr<HunspellChecker> Acquire() const;
  void Release(std::unique_ptr<HunspellChecker> checker) const;

  DictionaryFiles files_;
  SpellMode mode_;
  mutable std::mutex mutex_;
  mutable std::vector<std::unique_ptr<HunspellChecker>> idle_;
};

}  // namespace unspin
