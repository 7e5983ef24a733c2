// The candidate lexicon: for a word or short phrase on the page, the
// originals a spinner may have replaced by it, from open thesauri (WordNet,
// LibreOffice's mythes, Moby; see lexicon_builder.h for what makes a pair
// and how candidates are ranked). It proposes; it decides nothing.
//
// A surface form is lemmatised (morphy.h: "mentioned" -> "mention", verb,
// past), the lemma's candidates are looked up, and each is re-inflected in
// kind ("say" -> "said"; word_forms.h, done when the file was built).
//
// The file (lexicon_format.h) is memory-mapped: Open() checks the header
// and the section bounds and builds nothing (about 60 us of CPU for the
// 36 MB file the build compiles, mostly the mapping).
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/mapped_file.h"
#include "base/status.h"
#include "lexicon/lexical_types.h"
#include "lexicon/lexicon_format.h"
#include "lexicon/morphy.h"

namespace unspin {

// The strings view the Lexicon's file: valid while the Lexicon lives.
struct LexiconCandidate {
  std::string_view text;   // the original, inflected as the surface is
  std::string_view lemma;  // its lemma
  std::string_view via;    // the surface's lemma it came through
  PartOfSpeech pos = PartOfSpeech::kUnknown;
  int slot = 0;                   // the inflection slot of `text` (see Inflection)
  SourceMask sources = 0;         // the sources proposing the pair (exclusions removed)
  SourceMask direct_sources = 0;  // those listing the surface under the original
  uint8_t wordnet_rank = 0;       // 1 = the original's most frequent sense; 0 = none
  uint8_t mythes_rank = 0;        // 1 = the entry's first sense; 0 = none
  uint8_t frequency = 0;          // 8 * log2(1 + vocabulary count of the lemma)

  // Only in a reverse or shared-group relation when false.
  bool direct() const { return direct_sources != 0; }
};

// Immutable; every method is const and thread-safe.
class Lexicon {
 public:
  // Maps `path`. Fails with a message naming the file when it is missing,
  // truncated, or not a lexicon of a version this build reads.
  static StatusOr<std::shared_ptr<const Lexicon>> Open(const std::string& path);
  // Reads a lexicon from bytes in memory (tests); the bytes are copied.
  static StatusOr<std::shared_ptr<const Lexicon>> FromBytes(std::string bytes,
                                                            const std::string& name);

  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // The candidate originals of `phrase`: folded token keys (FoldForMatching)
  // separated by single spaces, one word or a phrase. Best first: more
  // sources, direct, better sense rank, more frequent, then by text; each
  // text once (its facts merged over the lemmas it came through). Sources
  // in `exclude` are ignored, and candidates only they propose dropped.
  // The cap per entry was applied when the file was built, with every
  // source counted. Cost (bench/lexicon_benchmark.cc, CPU time on the
  // project's shared 2-core machine, which varies with its load): 12 to
  // 25 us for a news word with candidates (110 on average, from about 250
  // records before merging), 5 to 7 us with Moby excluded, 0.3 us for a
  // word with no entry.
  std::vector<LexiconCandidate> Lookup(std::string_view phrase, SourceMask exclude = 0) const;
  std::vector<LexiconCandidate> Lookup(std::span<const std::string_view> words,
                                       SourceMask exclude = 0) const;

  // The same without lemmatisation: `phrase` itself must be a lemma, and
  // its candidates come in their base forms (to measure what lemmatising
  // adds).
  std::vector<LexiconCandidate> LookupExact(std::string_view phrase, SourceMask exclude = 0) const;

  // Whether some entry is longer than `words` and begins with them (a verb
  // phrase's first word in any of its forms: "took" begins "take part").
  // One hash of the words and a probe or two (about 6 ns): a caller walking
  // tokens asks it before extending a phrase by one more token.
  bool HasLongerEntry(std::span<const std::string_view> words) const;

  // The lemmas of `phrase` that the lexicon knows (morphy over its lemmas
  // and WordNet's exception lists), inflection slots refined by the lemma's
  // forms.
  std::vector<BaseForm> BaseForms(std::string_view phrase) const;

  SourceMask sources() const { return header_.sources; }
  uint32_t max_candidates() const { return header_.max_candidates; }
  uint64_t key_count() const { return header_.key_count; }
  uint64_t entry_count() const { return header_.entry_count; }
  uint64_t candidate_count() const { return header_.candidate_count; }
  size_t size_bytes() const { return file_.size(); }

 private:
  class Dictionary;
  Lexicon() = default;
  Status Parse(const std::string& name);
  std::string_view StringAt(uint32_t offset) const;
  // The index of the key `phrase` (words separated by single spaces), or -1.
  int64_t FindKey(std::string_view phrase) const;
  const LexiconEntry* EntryOf(int64_t key, PartOfSpeech pos) const;
  std::string_view FormOf(const LexiconEntry& entry, int slot) const;
  // The candidates of `phrase` through each of `forms`, merged and ranked.
  std::vector<LexiconCandidate> Collect(const std::vector<BaseForm>& forms,
                                        SourceMask exclude) const;

  MappedFile file_;
  LexiconHeader header_{};
  const char* strings_ = nullptr;
  std::span<const LexiconKey> keys_;
  std::span<const uint64_t> key_slots_;
  std::span<const LexiconEntry> entries_;
  std::span<const LexiconCandidateRecord> candidates_;
  std::span<const uint32_t> forms_;
  std::span<const LexiconExceptionRecord> exceptions_;
  std::span<const uint64_t> prefix_slots_;
};

}  // namespace unspin
