#include "lexicon/lexicon_builder.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <unordered_map>

#include "base/string_map.h"
#include "lexicon/lexicon_format.h"
#include "lexicon/pair_facts.h"
#include "tokenize/tokenizer.h"
#include "vocab/ngram_hash.h"

namespace unspin {
namespace {

// Keys longer than this, in tokens, are left out: spinners swap words and
// short phrases, and callers look up at most a few tokens.
constexpr size_t kMaxKeyTokens = 6;
constexpr size_t kMaxStringBytes = 255;
constexpr int kPosCount = 5;  // PartOfSpeech values

struct Pair {
  uint32_t surface;        // entry of the word on the page
  uint32_t original;       // entry of the candidate original
  uint8_t sources;         // SourceMask
  uint8_t direct_sources;  // SourceMask
  uint8_t wordnet_rank;
  uint8_t mythes_rank;
};

uint8_t Rank(size_t position) { return static_cast<uint8_t>(std::min<size_t>(position + 1, 255)); }

std::vector<std::string_view> SplitWords(std::string_view phrase) {
  std::vector<std::string_view> words;
  size_t at = 0;
  while (at <= phrase.size()) {
    const size_t space = std::min(phrase.find(' ', at), phrase.size());
    words.push_back(phrase.substr(at, space - at));
    at = space + 1;
  }
  return words;
}

std::string LowerAsciiCopy(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

void AppendBytes(std::string& out, const void* data, size_t size) {
  out.append(static_cast<const char*>(data), size);
}

void PadTo8(std::string& out) { out.resize((out.size() + 7) / 8 * 8, '\0'); }

class Builder {
 public:
  Builder(const LexiconBuildInputs& inputs, const WordForms& forms)
      : inputs_(inputs), forms_(forms) {}

  std::string Build(LexiconBuildStats* stats);

 private:
  // The key of a thesaurus word: its token keys joined by spaces, or -1
  // when it has none or too many.
  int64_t KeyOf(const std::string& text);
  int64_t EntryOf(const std::string& text, PartOfSpeech pos);
  uint32_t EntryOfKey(uint32_t key, PartOfSpeech pos);
  void AddWordNet(const WordNet& wordnet);
  void AddMythes(const std::vector<MythesEntry>& mythes);
  void AddMoby(const MobyThesaurus& moby);
  void AddPair(int64_t surface, int64_t original, SourceMask source, bool direct,
               uint8_t wordnet_rank, uint8_t mythes_rank);
  uint32_t Intern(std::string_view text);
  uint8_t Frequency(uint32_t key);
  std::vector<LexiconCandidateRecord> RankedCandidates(std::span<const Pair> pairs,
                                                       LexiconBuildStats& stats);
  // The file's tables as they are laid out, before they are written.
  struct Tables {
    std::vector<uint32_t> new_entry;  // entries_ index -> index in `entries`
    std::vector<LexiconKey> keys;
    std::vector<LexiconEntry> entries;
    std::vector<LexiconCandidateRecord> candidates;
    std::vector<uint32_t> forms;
    std::vector<LexiconExceptionRecord> exceptions;
    std::vector<uint64_t> prefixes;  // hashes, before the table is made
  };
  void LayOutEntries(Tables& tables);
  void AddFormsAndPrefixes(Tables& tables);
  void AddCandidates(Tables& tables, LexiconBuildStats& stats);
  void AddExceptions(Tables& tables);
  std::string Write(LexiconBuildStats& stats);

  const LexiconBuildInputs& inputs_;
  const WordForms& forms_;
  Tokenizer tokenizer_;
  std::unordered_map<std::string, int64_t> key_of_text_;
  StringMap<uint32_t> key_index_;
  std::vector<std::string> keys_;
  std::vector<std::array<int64_t, kPosCount>> key_entries_;
  std::vector<uint8_t> key_pos_mask_;  // bit per PartOfSpeech that WordNet or mythes give it
  std::vector<std::pair<uint32_t, PartOfSpeech>> entries_;  // (key, pos)
  struct Exception {
    uint32_t key, base_key;
    PartOfSpeech pos;
  };
  std::vector<Exception> exceptions_;
  std::vector<Pair> pairs_;
  std::vector<int16_t> frequency_;  // per key, -1: not yet computed
  std::string strings_;
  std::unordered_map<std::string, uint32_t> string_offsets_;
  SourceMask sources_ = 0;
};

int64_t Builder::KeyOf(const std::string& text) {
  if (auto it = key_of_text_.find(text); it != key_of_text_.end()) return it->second;
  const Tokens tokens = tokenizer_.Tokenize(text);
  std::string key;
  bool usable = tokens.size() > 0 && tokens.size() <= kMaxKeyTokens;
  for (const Token& token : tokens) {
    if (token.key.empty() || token.kind == TokenKind::kLineBreak) usable = false;
    if (!key.empty()) key += ' ';
    key += token.key;
  }
  int64_t index = -1;
  if (usable && key.size() <= kMaxStringBytes) {
    if (auto it = key_index_.find(key); it != key_index_.end()) {
      index = it->second;
    } else {
      index = static_cast<int64_t>(keys_.size());
      key_index_.emplace(key, static_cast<uint32_t>(index));
      keys_.push_back(key);
      key_entries_.push_back({-1, -1, -1, -1, -1});
      key_pos_mask_.push_back(0);
    }
  }
  key_of_text_.emplace(text, index);
  return index;
}

uint32_t Builder::EntryOfKey(uint32_t key, PartOfSpeech pos) {
  int64_t& entry = key_entries_[key][static_cast<size_t>(pos)];
  if (entry < 0) {
    entry = static_cast<int64_t>(entries_.size());
    entries_.push_back({key, pos});
  }
  return static_cast<uint32_t>(entry);
}

int64_t Builder::EntryOf(const std::string& text, PartOfSpeech pos) {
  const int64_t key = KeyOf(text);
  if (key < 0) return -1;
  if (pos != PartOfSpeech::kUnknown) key_pos_mask_[key] |= 1u << static_cast<unsigned>(pos);
  return EntryOfKey(static_cast<uint32_t>(key), pos);
}

void Builder::AddPair(int64_t surface, int64_t original, SourceMask source, bool direct,
                      uint8_t wordnet_rank, uint8_t mythes_rank) {
  if (surface < 0 || original < 0) return;
  if (entries_[surface].first == entries_[original].first) return;  // the same words
  pairs_.push_back({static_cast<uint32_t>(surface), static_cast<uint32_t>(original), source,
                    static_cast<uint8_t>(direct ? source : 0), wordnet_rank, mythes_rank});
}

void Builder::AddWordNet(const WordNet& wordnet) {
  sources_ |= kSourceWordNet;
  for (const auto& [lemma_and_pos, offsets] : wordnet.senses) {
    EntryOf(lemma_and_pos.first, lemma_and_pos.second);
  }
  std::vector<int64_t> entries;
  std::vector<uint8_t> ranks;
  for (const WordNetSynset& synset : wordnet.synsets) {
    entries.clear();
    ranks.clear();
    for (const std::string& word : synset.words) {
      entries.push_back(EntryOf(word, synset.pos));
      uint8_t rank = 0;
      if (auto it = wordnet.senses.find({LowerAsciiCopy(word), synset.pos});
          it != wordnet.senses.end()) {
        const auto at = std::find(it->second.begin(), it->second.end(), synset.offset);
        if (at != it->second.end()) rank = Rank(static_cast<size_t>(at - it->second.begin()));
      }
      ranks.push_back(rank);
    }
    for (size_t s = 0; s < entries.size(); ++s) {
      for (size_t o = 0; o < entries.size(); ++o) {
        if (s != o) AddPair(entries[s], entries[o], kSourceWordNet, true, ranks[o], 0);
      }
    }
  }
  for (const WordNetException& exception : wordnet.exceptions) {
    const int64_t key = KeyOf(exception.inflected);
    const int64_t base = KeyOf(exception.base);
    if (key < 0 || base < 0 || key == base) continue;
    exceptions_.push_back({static_cast<uint32_t>(key), static_cast<uint32_t>(base), exception.pos});
  }
}

void Builder::AddMythes(const std::vector<MythesEntry>& mythes) {
  sources_ |= kSourceMythes;
  for (const MythesEntry& entry : mythes) {
    for (size_t sense = 0; sense < entry.senses.size(); ++sense) {
      const MythesSense& meaning = entry.senses[sense];
      const int64_t headword = EntryOf(entry.word, meaning.pos);
      for (const MythesTerm& term : meaning.terms) {
        if (term.relation == MythesRelation::kAntonym) continue;
        const int64_t listed = EntryOf(term.text, meaning.pos);
        // The spinner replaced the headword by a term it lists (direct),
        // or a term by the headword (reverse).
        AddPair(listed, headword, kSourceMythes, true, 0, Rank(sense));
        AddPair(headword, listed, kSourceMythes, false, 0, Rank(sense));
      }
    }
  }
}

void Builder::AddMoby(const MobyThesaurus& moby) {
  sources_ |= kSourceMoby;
  std::vector<int64_t> keys(moby.words.size());
  for (size_t i = 0; i < moby.words.size(); ++i) keys[i] = KeyOf(moby.words[i]);
  for (const MobyMeaning& meaning : moby.meanings) {
    for (uint32_t s : meaning.members) {
      for (uint32_t o : meaning.members) {
        if (s == o || keys[s] < 0 || keys[o] < 0) continue;
        const bool direct = o == meaning.titles[0] || o == meaning.titles[1];
        const uint8_t shared = key_pos_mask_[keys[s]] & key_pos_mask_[keys[o]];
        for (int pos = 0; pos < kPosCount; ++pos) {
          const bool fits =
              shared == 0 ? pos == static_cast<int>(PartOfSpeech::kUnknown) : (shared >> pos) & 1;
          if (!fits) continue;
          AddPair(EntryOfKey(static_cast<uint32_t>(keys[s]), static_cast<PartOfSpeech>(pos)),
                  EntryOfKey(static_cast<uint32_t>(keys[o]), static_cast<PartOfSpeech>(pos)),
                  kSourceMoby, direct, 0, 0);
        }
      }
    }
  }
}

uint32_t Builder::Intern(std::string_view text) {
  const std::string key(text.substr(0, kMaxStringBytes));
  if (auto it = string_offsets_.find(key); it != string_offsets_.end()) return it->second;
  const uint32_t offset = static_cast<uint32_t>(strings_.size());
  strings_ += static_cast<char>(key.size());
  strings_ += key;
  string_offsets_.emplace(key, offset);
  return offset;
}

uint8_t Builder::Frequency(uint32_t key) {
  if (frequency_[key] >= 0) return static_cast<uint8_t>(frequency_[key]);
  uint8_t frequency = 0;
  const std::vector<std::string_view> words = SplitWords(keys_[key]);
  if (inputs_.vocabulary != nullptr && words.size() <= static_cast<size_t>(kMaxNgramOrder)) {
    const double count = static_cast<double>(inputs_.vocabulary->Count(words));
    frequency = static_cast<uint8_t>(std::min(255.0, std::round(8 * std::log2(1 + count))));
  }
  frequency_[key] = frequency;
  return frequency;
}

std::vector<LexiconCandidateRecord> Builder::RankedCandidates(std::span<const Pair> pairs,
                                                              LexiconBuildStats& stats) {
  std::vector<LexiconCandidateRecord> records;
  for (const Pair& pair : pairs) {
    records.push_back(
        {pair.original, static_cast<uint8_t>(pair.sources | (pair.direct_sources << 4)),
         pair.wordnet_rank, pair.mythes_rank, Frequency(entries_[pair.original].first)});
  }
  auto order = [&](const LexiconCandidateRecord& r) {
    const uint8_t best = BestRank(r.wordnet_rank, r.mythes_rank);
    return std::make_tuple(-std::popcount(static_cast<unsigned>(r.sources & 7)),
                           (r.sources >> 4) == 0, best == 0 ? 256 : best, -r.frequency,
                           std::string_view(keys_[entries_[r.entry].first]));
  };
  std::sort(records.begin(), records.end(),
            [&](const auto& a, const auto& b) { return order(a) < order(b); });
  if (records.size() > inputs_.max_candidates) {
    stats.candidates_cut += records.size() - inputs_.max_candidates;
    records.resize(inputs_.max_candidates);
  }
  return records;
}

std::string Builder::Build(LexiconBuildStats* stats_out) {
  if (inputs_.wordnet != nullptr) AddWordNet(*inputs_.wordnet);
  if (inputs_.mythes != nullptr) AddMythes(*inputs_.mythes);
  if (inputs_.moby != nullptr) AddMoby(*inputs_.moby);
  // One record per (surface, original), the sources' facts merged.
  SortAndMergePairs(pairs_, [](const Pair& a, const Pair& b) {
    return std::tie(a.surface, a.original) < std::tie(b.surface, b.original);
  });
  frequency_.assign(keys_.size(), -1);
  LexiconBuildStats stats;
  std::string bytes = Write(stats);
  if (stats_out != nullptr) *stats_out = stats;
  return bytes;
}

void Builder::LayOutEntries(Tables& tables) {
  // A key's entries are contiguous.
  tables.new_entry.resize(entries_.size());
  tables.keys.resize(keys_.size());
  for (uint32_t key = 0; key < keys_.size(); ++key) {
    tables.keys[key].text = Intern(keys_[key]);
    tables.keys[key].first_entry = static_cast<uint32_t>(tables.entries.size());
    for (int64_t entry : key_entries_[key]) {
      if (entry < 0) continue;
      tables.new_entry[entry] = static_cast<uint32_t>(tables.entries.size());
      tables.entries.push_back({key, 0, 0, 0, static_cast<uint8_t>(entries_[entry].second), 0});
      ++tables.keys[key].entry_count;
    }
  }
}

void Builder::AddFormsAndPrefixes(Tables& tables) {
  for (LexiconEntry& entry : tables.entries) {
    const PartOfSpeech pos = static_cast<PartOfSpeech>(entry.pos);
    std::vector<std::string> forms = forms_.Forms(keys_[entry.key], pos);
    forms.resize(FormCount(pos), keys_[entry.key]);
    entry.forms = static_cast<uint32_t>(tables.forms.size());
    for (const std::string& form : forms) tables.forms.push_back(Intern(form));
    const std::vector<std::string_view> words = SplitWords(keys_[entry.key]);
    for (size_t length = 1; length < words.size(); ++length) {
      tables.prefixes.push_back(HashNgram(std::span(words).first(length)));
      if (pos != PartOfSpeech::kVerb) continue;
      for (const std::string& form : forms) {
        std::vector<std::string_view> inflected = words;
        inflected[0] = std::string_view(form).substr(0, form.find(' '));
        tables.prefixes.push_back(HashNgram(std::span(inflected).first(length)));
      }
    }
  }
}

void Builder::AddCandidates(Tables& tables, LexiconBuildStats& stats) {
  // pairs_ is sorted by surface entry: one run per entry.
  for (size_t begin = 0; begin < pairs_.size();) {
    size_t end = begin;
    while (end < pairs_.size() && pairs_[end].surface == pairs_[begin].surface) ++end;
    LexiconEntry& entry = tables.entries[tables.new_entry[pairs_[begin].surface]];
    entry.first_candidate = static_cast<uint32_t>(tables.candidates.size());
    for (LexiconCandidateRecord record :
         RankedCandidates(std::span(pairs_).subspan(begin, end - begin), stats)) {
      record.entry = tables.new_entry[record.entry];
      tables.candidates.push_back(record);
    }
    entry.candidate_count = static_cast<uint16_t>(tables.candidates.size() - entry.first_candidate);
    begin = end;
  }
}

void Builder::AddExceptions(Tables& tables) {
  auto order = [](const Exception& e) { return std::tie(e.key, e.pos, e.base_key); };
  std::sort(exceptions_.begin(), exceptions_.end(),
            [&](const Exception& a, const Exception& b) { return order(a) < order(b); });
  exceptions_.erase(
      std::unique(exceptions_.begin(), exceptions_.end(),
                  [&](const Exception& a, const Exception& b) { return order(a) == order(b); }),
      exceptions_.end());
  for (const Exception& exception : exceptions_) {
    LexiconKey& key = tables.keys[exception.key];
    if (key.exception_count == 0) {
      key.first_exception = static_cast<uint32_t>(tables.exceptions.size());
    }
    ++key.exception_count;
    tables.exceptions.push_back(
        {exception.base_key, static_cast<uint8_t>(exception.pos), {0, 0, 0}});
  }
}

// An open-addressing table (linear probing) of `values` under `hashes`, at
// most half full; 0 marks an empty slot. Returns log2 of its size.
uint32_t FillHashTable(std::span<const uint64_t> hashes, std::span<const uint64_t> values,
                       std::vector<uint64_t>& slots) {
  const uint32_t log2 =
      std::max<uint32_t>(4, static_cast<uint32_t>(std::bit_width(hashes.size() * 2)));
  slots.assign(size_t{1} << log2, 0);
  for (size_t i = 0; i < hashes.size(); ++i) {
    size_t slot = hashes[i] & (slots.size() - 1);
    while (slots[slot] != 0) slot = (slot + 1) & (slots.size() - 1);
    slots[slot] = values[i];
  }
  return log2;
}

std::string Builder::Write(LexiconBuildStats& stats) {
  Tables tables;
  LayOutEntries(tables);
  AddFormsAndPrefixes(tables);
  AddCandidates(tables, stats);
  AddExceptions(tables);

  LexiconHeader header{};
  std::memcpy(header.magic, kLexiconMagic, sizeof header.magic);
  header.version = kLexiconVersion;
  header.sources = sources_;
  header.max_candidates = inputs_.max_candidates;
  std::vector<uint64_t> hashes, values, key_slots, prefix_slots;
  for (uint32_t key = 0; key < tables.keys.size(); ++key) {
    hashes.push_back(HashNgram(SplitWords(keys_[key])));
    values.push_back((hashes.back() & 0xFFFFFFFF00000000ULL) | (key + 1));
  }
  header.key_slots_log2 = FillHashTable(hashes, values, key_slots);
  std::sort(tables.prefixes.begin(), tables.prefixes.end());
  tables.prefixes.erase(std::unique(tables.prefixes.begin(), tables.prefixes.end()),
                        tables.prefixes.end());
  for (uint64_t& hash : tables.prefixes) hash = hash == 0 ? 1 : hash;
  header.prefix_slots_log2 = FillHashTable(tables.prefixes, tables.prefixes, prefix_slots);

  std::string out(sizeof header, '\0');
  auto section = [&out](const auto& items, uint64_t& offset) {
    PadTo8(out);
    offset = out.size();
    AppendBytes(out, items.data(), items.size() * sizeof(items[0]));
    return items.size();
  };
  header.strings_size = section(strings_, header.strings_offset);
  header.key_count = section(tables.keys, header.keys_offset);
  section(key_slots, header.key_slots_offset);
  header.entry_count = section(tables.entries, header.entries_offset);
  header.candidate_count = section(tables.candidates, header.candidates_offset);
  header.form_count = section(tables.forms, header.forms_offset);
  header.exception_count = section(tables.exceptions, header.exceptions_offset);
  section(prefix_slots, header.prefix_slots_offset);
  PadTo8(out);
  std::memcpy(out.data(), &header, sizeof header);
  stats.keys = header.key_count;
  stats.entries = header.entry_count;
  stats.candidates = header.candidate_count;
  stats.bytes = out.size();
  return out;
}

}  // namespace

std::string BuildLexicon(const LexiconBuildInputs& inputs, const WordForms& forms,
                         LexiconBuildStats* stats) {
  Builder builder(inputs, forms);
  return builder.Build(stats);
}

}  // namespace unspin
