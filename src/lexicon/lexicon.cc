#include "lexicon/lexicon.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <tuple>

#include "lexicon/pair_facts.h"
#include "vocab/ngram_hash.h"

namespace unspin {
namespace {

// Words of a phrase, split on single spaces, in a small inline buffer:
// lookups are short phrases and should not allocate for this.
class Words {
 public:
  explicit Words(std::string_view phrase) {
    size_t at = 0;
    while (at <= phrase.size() && count_ < kMax) {
      const size_t space = std::min(phrase.find(' ', at), phrase.size());
      words_[count_++] = phrase.substr(at, space - at);
      at = space + 1;
    }
    too_long_ = at <= phrase.size();
  }
  std::span<const std::string_view> span() const { return {words_.data(), count_}; }
  bool too_long() const { return too_long_; }

 private:
  static constexpr size_t kMax = 16;
  std::array<std::string_view, kMax> words_;
  size_t count_ = 0;
  bool too_long_ = false;
};

std::string Join(std::span<const std::string_view> words) {
  std::string phrase;
  for (std::string_view word : words) {
    if (!phrase.empty()) phrase += ' ';
    phrase += word;
  }
  return phrase;
}

// Orders candidates: more sources, then direct, then a better sense rank,
// then more frequent (a smaller key is better).
uint32_t RankKey(const LexiconCandidate& c) {
  const uint32_t sources = (c.sources & 1) + ((c.sources >> 1) & 1) + ((c.sources >> 2) & 1);
  const uint8_t best = BestRank(c.wordnet_rank, c.mythes_rank);
  return (3 - sources) << 20 | (c.direct() ? 0u : 1u) << 19 | (best == 0 ? 256u : best) << 8 |
         (255u - c.frequency);
}

}  // namespace

// Morphy's view of the lexicon: its lemmas and WordNet's exception lists.
class Lexicon::Dictionary : public MorphyDictionary {
 public:
  explicit Dictionary(const Lexicon& lexicon) : lexicon_(lexicon) {}
  bool IsLemma(std::string_view phrase, PartOfSpeech pos) const override {
    return lexicon_.EntryOf(lexicon_.FindKey(phrase), pos) != nullptr;
  }
  void Exceptions(std::string_view word, PartOfSpeech pos,
                  std::vector<std::string>& bases) const override {
    const int64_t key = lexicon_.FindKey(word);
    if (key < 0) return;
    const LexiconKey& record = lexicon_.keys_[key];
    for (uint32_t i = 0; i < record.exception_count; ++i) {
      const uint64_t index = uint64_t{record.first_exception} + i;
      if (index >= lexicon_.exceptions_.size()) break;  // a corrupt file
      const LexiconExceptionRecord& exception = lexicon_.exceptions_[index];
      if (exception.pos != static_cast<uint8_t>(pos) ||
          exception.base_key >= lexicon_.keys_.size()) {
        continue;
      }
      bases.emplace_back(lexicon_.StringAt(lexicon_.keys_[exception.base_key].text));
    }
  }

 private:
  const Lexicon& lexicon_;
};

StatusOr<std::shared_ptr<const Lexicon>> Lexicon::Open(const std::string& path) {
  StatusOr<MappedFile> file = MappedFile::Open(path, "lexicon");
  if (!file.ok()) return file.status();
  std::shared_ptr<Lexicon> lexicon(new Lexicon());
  lexicon->file_ = std::move(file.value());
  if (Status parsed = lexicon->Parse(path); !parsed.ok()) return parsed;
  return std::shared_ptr<const Lexicon>(std::move(lexicon));
}

StatusOr<std::shared_ptr<const Lexicon>> Lexicon::FromBytes(std::string bytes,
                                                            const std::string& name) {
  std::shared_ptr<Lexicon> lexicon(new Lexicon());
  lexicon->file_ = MappedFile::FromBytes(std::move(bytes));
  if (Status parsed = lexicon->Parse(name); !parsed.ok()) return parsed;
  return std::shared_ptr<const Lexicon>(std::move(lexicon));
}

Status Lexicon::Parse(const std::string& name) {
  const uint8_t* data = file_.data();
  const size_t size = file_.size();
  const std::string where = "lexicon '" + name + "': ";
  if (size < sizeof header_ || std::memcmp(data, kLexiconMagic, sizeof kLexiconMagic) != 0) {
    return Status::Error(where +
                         "not an unspin lexicon file (build one with 'unspin lexicon build')");
  }
  std::memcpy(&header_, data, sizeof header_);
  if (header_.version != kLexiconVersion) {
    return Status::Error(where + "version " + std::to_string(header_.version) +
                         " is not supported by this unspin (it reads version " +
                         std::to_string(kLexiconVersion) + ")");
  }
  if (header_.key_slots_log2 > 40 || header_.prefix_slots_log2 > 40) {
    return Status::Error(where + "corrupt header (hash table sizes)");
  }
  // Each section must lie inside the file, 8-byte aligned.
  auto section = [&](uint64_t offset, uint64_t count, size_t element, const char* what,
                     auto& span) -> Status {
    using T = typename std::remove_reference_t<decltype(span)>::element_type;
    if (offset % 8 != 0 || offset > size || count > (size - offset) / element) {
      return Status::Error(where + "truncated or corrupt (" + what + " section)");
    }
    span = {reinterpret_cast<T*>(data + offset), static_cast<size_t>(count)};
    return Status::Ok();
  };
  std::span<const char> strings;
  Status status = section(header_.strings_offset, header_.strings_size, 1, "strings", strings);
  if (status.ok())
    status = section(header_.keys_offset, header_.key_count, sizeof(LexiconKey), "keys", keys_);
  if (status.ok()) {
    status = section(header_.key_slots_offset, uint64_t{1} << header_.key_slots_log2, 8,
                     "key slots", key_slots_);
  }
  if (status.ok()) {
    status = section(header_.entries_offset, header_.entry_count, sizeof(LexiconEntry), "entries",
                     entries_);
  }
  if (status.ok()) {
    status = section(header_.candidates_offset, header_.candidate_count,
                     sizeof(LexiconCandidateRecord), "candidates", candidates_);
  }
  if (status.ok()) status = section(header_.forms_offset, header_.form_count, 4, "forms", forms_);
  if (status.ok()) {
    status = section(header_.exceptions_offset, header_.exception_count,
                     sizeof(LexiconExceptionRecord), "exceptions", exceptions_);
  }
  if (status.ok()) {
    status = section(header_.prefix_slots_offset, uint64_t{1} << header_.prefix_slots_log2, 8,
                     "prefixes", prefix_slots_);
  }
  strings_ = strings.data();
  return status;
}

std::string_view Lexicon::StringAt(uint32_t offset) const {
  // Bounds are checked so that a corrupt file reads as missing words, not
  // as memory outside the mapping.
  if (offset >= header_.strings_size) return {};
  const size_t length = static_cast<uint8_t>(strings_[offset]);
  if (length > header_.strings_size - offset - 1) return {};
  return {strings_ + offset + 1, length};
}

int64_t Lexicon::FindKey(std::string_view phrase) const {
  const Words words(phrase);
  if (words.too_long()) return -1;
  const uint64_t hash = HashNgram(words.span());
  const size_t mask = key_slots_.size() - 1;
  for (size_t slot = hash & mask, probes = 0; probes <= mask; slot = (slot + 1) & mask, ++probes) {
    const uint64_t value = key_slots_[slot];
    if (value == 0) return -1;
    if ((value >> 32) != (hash >> 32)) continue;
    const uint64_t key = (value & 0xFFFFFFFFu) - 1;
    if (key < keys_.size() && StringAt(keys_[key].text) == phrase) return static_cast<int64_t>(key);
  }
  return -1;
}

const LexiconEntry* Lexicon::EntryOf(int64_t key, PartOfSpeech pos) const {
  if (key < 0) return nullptr;
  const LexiconKey& record = keys_[key];
  for (uint32_t i = 0; i < record.entry_count; ++i) {
    const uint64_t index = uint64_t{record.first_entry} + i;
    if (index < entries_.size() && entries_[index].pos == static_cast<uint8_t>(pos)) {
      return &entries_[index];
    }
  }
  return nullptr;
}

std::string_view Lexicon::FormOf(const LexiconEntry& entry, int slot) const {
  const int count = FormCount(static_cast<PartOfSpeech>(entry.pos));
  const uint64_t index = uint64_t{entry.forms} + (slot < count ? slot : 0);
  return index < forms_.size() ? StringAt(forms_[index]) : std::string_view();
}

std::vector<BaseForm> Lexicon::BaseForms(std::string_view phrase) const {
  std::vector<BaseForm> forms = FindBaseForms(phrase, Dictionary(*this));
  const int64_t key = FindKey(phrase);
  if (EntryOf(key, PartOfSpeech::kUnknown) != nullptr) {
    forms.push_back(
        {std::string(phrase), PartOfSpeech::kUnknown, InflectionBit(InflectionSlot::kBase)});
  }
  for (BaseForm& form : forms) {
    const LexiconEntry* entry = EntryOf(FindKey(form.lemma), form.pos);
    if (entry == nullptr) continue;
    InflectionSet matched = 0;
    for (int slot = 0; slot < FormCount(form.pos); ++slot) {
      if (FormOf(*entry, slot) == phrase)
        matched |= InflectionBit(static_cast<InflectionSlot>(slot));
    }
    if (matched != 0) form.inflections = matched;
  }
  return forms;
}

std::vector<LexiconCandidate> Lexicon::Lookup(std::span<const std::string_view> words,
                                              SourceMask exclude) const {
  return Lookup(Join(words), exclude);
}

std::vector<LexiconCandidate> Lexicon::Lookup(std::string_view phrase, SourceMask exclude) const {
  return Collect(BaseForms(phrase), exclude);
}

std::vector<LexiconCandidate> Lexicon::LookupExact(std::string_view phrase,
                                                   SourceMask exclude) const {
  std::vector<BaseForm> forms;
  const int64_t key = FindKey(phrase);
  if (key >= 0) {
    const LexiconKey& record = keys_[key];
    for (uint32_t i = 0; i < record.entry_count; ++i) {
      const uint64_t index = uint64_t{record.first_entry} + i;
      if (index >= entries_.size()) break;
      forms.push_back({std::string(phrase), static_cast<PartOfSpeech>(entries_[index].pos),
                       InflectionBit(InflectionSlot::kBase)});
    }
  }
  return Collect(forms, exclude);
}

std::vector<LexiconCandidate> Lexicon::Collect(const std::vector<BaseForm>& forms,
                                               SourceMask exclude) const {
  std::vector<LexiconCandidate> found;
  for (const BaseForm& form : forms) {
    const int64_t key = FindKey(form.lemma);
    const LexiconEntry* entry = EntryOf(key, form.pos);
    if (entry == nullptr) continue;
    const std::string_view via = StringAt(keys_[key].text);
    for (uint32_t i = 0; i < entry->candidate_count; ++i) {
      const uint64_t index = uint64_t{entry->first_candidate} + i;
      if (index >= candidates_.size()) break;
      const LexiconCandidateRecord& record = candidates_[index];
      const SourceMask sources = record.sources & kAllSources & ~exclude;
      if (sources == 0 || record.entry >= entries_.size()) continue;
      const LexiconEntry& original = entries_[record.entry];
      if (original.key >= keys_.size()) continue;  // a corrupt file
      for (int slot = 0; slot < FormCount(form.pos); ++slot) {
        if (!(form.inflections & InflectionBit(static_cast<InflectionSlot>(slot)))) continue;
        found.push_back({FormOf(original, slot), StringAt(keys_[original.key].text), via,
                         static_cast<PartOfSpeech>(original.pos), slot, sources,
                         static_cast<SourceMask>((record.sources >> 4) & sources),
                         record.wordnet_rank, record.mythes_rank, record.frequency});
      }
    }
  }
  // Each text once: strings are stored once in the file, so equal texts
  // are the same bytes, and sorting by address brings them together.
  SortAndMergePairs(found, [](const LexiconCandidate& a, const LexiconCandidate& b) {
    return a.text.data() < b.text.data();
  });
  std::sort(found.begin(), found.end(), [](const LexiconCandidate& a, const LexiconCandidate& b) {
    const uint32_t ka = RankKey(a), kb = RankKey(b);
    return ka != kb ? ka < kb : a.text < b.text;
  });
  return found;
}

bool Lexicon::HasLongerEntry(std::span<const std::string_view> words) const {
  uint64_t hash = HashNgram(words);
  if (hash == 0) hash = 1;
  const size_t mask = prefix_slots_.size() - 1;
  for (size_t slot = hash & mask, probes = 0; probes <= mask; slot = (slot + 1) & mask, ++probes) {
    if (prefix_slots_[slot] == 0) return false;
    if (prefix_slots_[slot] == hash) return true;
  }
  return false;
}

}  // namespace unspin
