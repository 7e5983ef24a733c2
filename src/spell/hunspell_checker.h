// A SpellChecker backed by Hunspell, with the care Hunspell needs: its own
// handle per thread, text converted to the dictionary's encoding, overlong
// words skipped, and results cached per word.
#pragma once

#include <unicode/ucnv.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "base/string_map.h"
#include "rules/word_id_table.h"
#include "spell/spell_checker.h"

class Hunspell;

namespace unspin {

struct DictionaryFiles {
  std::string aff;  // e.g. /usr/share/hunspell/en_US.aff
  std::string dic;
  // Extra words, one per line (UTF-8; '#' starts a comment line): the
  // project's news word lists and the user's personal dictionaries.
  std::vector<std::string> word_lists;
};

// Not thread-safe (Hunspell is not): use one per thread.
class HunspellChecker : public SpellChecker {
 public:
  // Fails when a file is missing or the dictionary's encoding is unknown to
  // ICU; messages name the file.
  static StatusOr<std::unique_ptr<HunspellChecker>> Open(const DictionaryFiles& files);
  ~HunspellChecker() override;

  bool Check(std::string_view word) override;
  std::vector<std::string> Suggest(std::string_view word) override;

  // The dictionary's encoding as its .aff file declares it ("UTF-8",
  // "ISO8859-1", ...).
  const std::string& encoding() const { return encoding_; }

 private:
  struct ConverterCloser {
    void operator()(UConverter* converter) const { ucnv_close(converter); }
  };
  HunspellChecker() = default;
  // UTF-8 -> dictionary encoding; false when a character has no mapping
  // (such a word cannot be in the dictionary).
  bool ToDictionary(std::string_view utf8, std::string& out) const;
  std::string FromDictionary(const std::string& bytes) const;
  Status AddWordList(const std::string& path);

  std::unique_ptr<Hunspell> hunspell_;
  std::string encoding_;
  std::unique_ptr<UConverter, ConverterCloser> converter_;  // null for UTF-8
  // Words checked so far and Hunspell's answer for each (by id): the
  // flat table, since the spell stage asks about every word of the input.
  WordIdTable checked_words_;
  std::vector<bool> checked_;
  StringMap<std::vector<std::string>> suggested_;
};

// The .aff/.dic pair for a language such as "en_US" or "en_GB", searched in
// $DICPATH, /usr/share/hunspell and /usr/share/myspell/dicts.
StatusOr<DictionaryFiles> FindHunspellDictionary(const std::string& language);

}  // namespace unspin
