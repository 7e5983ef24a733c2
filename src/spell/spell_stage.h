// The spell stage: after restoration, report (or fix) what is still
// misspelled, and make sure no rule can introduce a misspelling.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/edit.h"
#include "base/status.h"
#include "tokenize/tokenized_text.h"
#include "spell/hunspell_checker.h"
#include "vocab/vocabulary.h"

namespace unspin {

enum class SpellMode { kOff, kReport, kFix };

// Where suggestions come from. kFast: the reference vocabulary's words one
// edit away (vocabulary_suggester.h), Hunspell's search only without a
// vocabulary or for words that search cannot handle; kFull: Hunspell's
// search; kOff: none.
enum class SuggestMode { kFast, kFull, kOff };

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
  // `vocabulary` may be null (then every suggestion comes from Hunspell).
  static StatusOr<std::unique_ptr<SpellStage>> Create(
      DictionaryFiles files, SpellMode mode,
      std::shared_ptr<const Vocabulary> vocabulary = nullptr,
      SuggestMode suggest = SuggestMode::kFast);

  SpellMode mode() const { return mode_; }

  // Checks the words of `document` outside `edits` (restorations are
  // guaranteed dictionary words, see AcceptsWords). Returns the findings in
  // order. Hunspell's suggestion search (slow) runs for the first 25
  // distinct misspelled words of a document only; the vocabulary's has no
  // such limit. In fix mode, appends an edit for each unambiguous correction
  // (one suggestion, within two edits, lower-case word) to `fixes`.
  std::vector<SpellFinding> Run(const TokenizedText& document, const std::vector<Edit>& edits,
                                std::vector<Edit>& fixes) const;

  // True when every lower-case word of `phrase` passes the dictionary: the
  // restoration guard. Capitalised words, acronyms and numbers are not
  // checked, as in running text.
  bool AcceptsWords(std::string_view phrase) const;

 private:
  // One thread's tools: a Hunspell handle and the suggestions it has made.
  struct Worker {
    std::unique_ptr<HunspellChecker> checker;
    std::unordered_map<std::string, std::vector<std::string>> vocabulary_suggestions;
  };

  SpellStage(DictionaryFiles files, SpellMode mode, std::shared_ptr<const Vocabulary> vocabulary,
             SuggestMode suggest)
      : files_(std::move(files)),
        mode_(mode),
        vocabulary_(std::move(vocabulary)),
        suggest_(suggest) {}

  // A worker for the calling thread's exclusive use; give it back after.
  std::unique_ptr<Worker> Acquire() const;
  void Release(std::unique_ptr<Worker> worker) const;
  const std::vector<std::string>& VocabularySuggestions(Worker& worker,
                                                        std::string_view word) const;

  DictionaryFiles files_;
  SpellMode mode_;
  std::shared_ptr<const Vocabulary> vocabulary_;
  SuggestMode suggest_;
  mutable std::mutex mutex_;
  mutable std::vector<std::unique_ptr<Worker>> idle_;
};

}  // namespace unspin
