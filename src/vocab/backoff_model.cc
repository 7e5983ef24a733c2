#include "vocab/backoff_model.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <queue>
#include <utility>

#include "vocab/backoff_model_format.h"
#include "vocab/ngram_hash.h"
#include "vocab/vocabulary.h"

namespace unspin {
namespace {

namespace fmt = backoff_format;


// Punctuation: a key with no letter or digit. Keys are folded UTF-8; the
// marks beyond ASCII that news text uses are Latin-1's (U+00A1-U+00BF:
// guillemets, inverted marks) and General Punctuation's (U+2000-U+207F:
// dashes, curly quotes, ellipsis); any other character counts as a letter.
bool IsPunctuation(std::string_view key) {
  for (size_t i = 0; i < key.size();) {
    const auto c = static_cast<unsigned char>(key[i]);
    const auto next = i + 1 < key.size() ? static_cast<unsigned char>(key[i + 1]) : 0;
    if (c < 0x80) {
      if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return false;
      i += 1;
    } else if (c == 0xC2 && next >= 0xA1 && next <= 0xBF) {
      i += 2;
    } else if (c == 0xE2 && (next == 0x80 || next == 0x81) && i + 2 < key.size()) {
      i += 3;
    } else {
      return false;
    }
  }
  return !key.empty();
}

// Orders items by log_score, worst first: the top of a heap of the best.
struct Worse {
  template <typename T>
  bool operator()(const T& a, const T& b) const {
    return a.log_score > b.log_score;
  }
};

// Adds `item` to `best`, a heap (by Worse) of the k best items so far.
template <typename T>
void KeepBest(std::vector<T>& best, T item, size_t k) {
  best.push_back(std::move(item));
  std::push_heap(best.begin(), best.end(), Worse());
  if (best.size() > k) {
    std::pop_heap(best.begin(), best.end(), Worse());
    best.pop_back();
  }
}

// Words scored together, their n-grams prefetched first.
constexpr size_t kBatch = 16;

// No bound on what a word needs to enter the top k (it is not full yet).
constexpr double kNoBound = -1e300;

bool EndsSentence(std::string_view key) { return key == "." || key == "!" || key == "?"; }

// A word worth proposing for a slot: not a boundary or <unk>.
bool IsProposable(std::string_view word) { return !word.empty() && word.front() != '<'; }

// Whether [offset, offset + count * size) lies within `limit` bytes, without
// overflowing.
bool Fits(uint64_t offset, uint64_t count, uint64_t size, uint64_t limit) {
  return offset <= limit && count <= (limit - offset) / size;
}

}  // namespace

struct BackoffModel::ModelWindow {
  std::vector<std::string_view> words;
  size_t first_scored = 0;
};

StatusOr<std::shared_ptr<const BackoffModel>> BackoffModel::Open(const std::string& path) {
  StatusOr<MappedFile> file = MappedFile::Open(path, "language model");
  if (!file.ok()) return file.status();
  std::shared_ptr<BackoffModel> model(new BackoffModel(std::move(file.value())));
  if (Status parsed = model->Parse(path); !parsed.ok()) return parsed;
  return std::shared_ptr<const BackoffModel>(std::move(model));
}

StatusOr<std::shared_ptr<const BackoffModel>> BackoffModel::FromBytes(std::string_view bytes,
                                                                      const std::string& name) {
  std::shared_ptr<BackoffModel> model(new BackoffModel(MappedFile::FromBytes(bytes)));
  if (Status parsed = model->Parse(name); !parsed.ok()) return parsed;
  return std::shared_ptr<const BackoffModel>(std::move(model));
}

Status BackoffModel::Parse(const std::string& name) {
  const std::string where = "language model '" + name + "': ";
  const uint64_t size = file_.size();
  if (size < sizeof(fmt::Header) || std::memcmp(file_.data(), fmt::kMagic, sizeof fmt::kMagic) != 0) {
    return Status::Error(where + "not an unspin language model (build one with 'unspin lm build')");
  }
  header_ = reinterpret_cast<const fmt::Header*>(file_.data());
  const fmt::Header& h = *header_;
  if (h.version != fmt::kVersion) {
    return Status::Error(where + "version " + std::to_string(h.version) +
                         " is not supported by this unspin (it reads version 1)");
  }
  if (h.max_order < 1 || h.max_order > 3) {
    return Status::Error(where + "order " + std::to_string(h.max_order) + " is not 1 to 3");
  }
  uint64_t offset = sizeof(fmt::Header);
  auto section = [&](uint64_t count, uint64_t item_size) -> const uint8_t* {
    if (!Fits(offset, count, item_size, size)) return nullptr;
    const uint8_t* at = file_.data() + offset;
    offset = fmt::Align64(offset + count * item_size);
    return at;
  };
  bool fits = true;
  for (int o = 0; o < 3; ++o) {
    const uint64_t buckets = h.table_buckets[o];
    if (buckets >= (uint64_t{1} << 32) || (buckets == 0) != (o >= static_cast<int>(h.max_order))) {
      return Status::Error(where + "the order " + std::to_string(o + 1) + " table is corrupt");
    }
    tables_[o] = reinterpret_cast<const fmt::NgramBucket*>(section(buckets, sizeof(fmt::NgramBucket)));
    fits = fits && tables_[o] != nullptr;
  }
  for (int c = 0; c < 2; ++c) {
    if (h.context_buckets[c] >= (uint64_t{1} << 32)) {
      return Status::Error(where + "a successor table is corrupt");
    }
    contexts_[c] = reinterpret_cast<const fmt::ContextBucket*>(
        section(h.context_buckets[c], sizeof(fmt::ContextBucket)));
    fits = fits && contexts_[c] != nullptr;
  }
  successor_words_ = reinterpret_cast<const uint32_t*>(section(h.successor_slots, 4));
  successor_probs_ = reinterpret_cast<const int16_t*>(section(h.successor_slots, 2));
  word_offsets_ = reinterpret_cast<const uint32_t*>(section(uint64_t{h.word_count} + 1, 4));
  word_bytes_ = reinterpret_cast<const char*>(section(h.word_bytes, 1));
  fits = fits && successor_words_ != nullptr && successor_probs_ != nullptr &&
         word_offsets_ != nullptr && word_bytes_ != nullptr;
  if (!fits || offset < size || fmt::Align64(size) != offset) {
    return Status::Error(where + "truncated or with trailing bytes; the file is corrupt");
  }
  if ((h.unknown_word != fmt::kNoWord && h.unknown_word >= h.word_count) ||
      (h.number_word != fmt::kNoWord && h.number_word >= h.word_count)) {
    return Status::Error(where + "its header names a word it does not have; the file is corrupt");
  }
  if (h.number_word != fmt::kNoWord) number_word_ = Word(h.number_word);
  unknown_log_prob_ = fmt::Dequantise(h.unknown_log_prob);
  return Status::Ok();
}

uint32_t BackoffModel::word_count() const { return header_->word_count; }

uint64_t BackoffModel::entries(int order) const {
  return order >= 1 && order <= 3 ? header_->entries[order - 1] : 0;
}

std::string_view BackoffModel::Word(uint32_t id) const {
  if (id >= header_->word_count) return {};
  const uint32_t begin = word_offsets_[id];
  const uint32_t end = word_offsets_[id + 1];
  if (begin > end || end > header_->word_bytes) return {};  // a corrupt file
  return {word_bytes_ + begin, end - begin};
}

BackoffModel::Found BackoffModel::Lookup(int order, uint64_t hash) const {
  const uint64_t buckets = header_->table_buckets[order - 1];
  if (buckets == 0) return {};
  const fmt::NgramBucket* table = tables_[order - 1];
  const uint32_t fingerprint = fmt::Fingerprint(hash);
  uint64_t b = fmt::HomeBucket(hash, buckets);
  for (uint64_t probes = 0; probes < buckets; ++probes) {
    const fmt::NgramBucket& bucket = table[b];
    for (int slot = 0; slot < fmt::kSlots; ++slot) {
      if (bucket.fingerprints[slot] == fingerprint) {
        return {true, fmt::Dequantise(bucket.log_probs[slot]),
                fmt::Dequantise(bucket.log_backoffs[slot])};
      }
      if (bucket.fingerprints[slot] == 0) return {};
    }
    b = b + 1 == buckets ? 0 : b + 1;
  }
  return {};
}

void BackoffModel::Prefetch(int order, uint64_t hash) const {
  const uint64_t buckets = header_->table_buckets[order - 1];
  if (buckets != 0) __builtin_prefetch(&tables_[order - 1][fmt::HomeBucket(hash, buckets)]);
}

BackoffModel::Successors BackoffModel::SuccessorsOf(std::span<const std::string_view> context) const {
  if (context.empty() || context.size() > 2) return {};
  const uint64_t buckets = header_->context_buckets[context.size() - 1];
  if (buckets == 0) return {};
  const fmt::ContextBucket* table = contexts_[context.size() - 1];
  const uint64_t hash = HashNgram(context);
  const uint32_t fingerprint = fmt::Fingerprint(hash);
  uint64_t b = fmt::HomeBucket(hash, buckets);
  for (uint64_t probes = 0; probes < buckets; ++probes) {
    for (int slot = 0; slot < fmt::kSlots; ++slot) {
      const uint32_t found = table[b].fingerprints[slot];
      if (found == 0) return {};
      if (found != fingerprint) continue;
      const uint64_t at = table[b].successors[slot];
      if (at >= header_->successor_slots) return {};
      const uint32_t count = successor_words_[at];
      if (count > header_->successor_slots - at - 1) return {};  // a corrupt file
      return {successor_words_ + at + 1, successor_probs_ + at + 1, count};
    }
    b = b + 1 == buckets ? 0 : b + 1;
  }
  return {};
}

bool BackoffModel::Contains(std::string_view word) const {
  const std::string_view unigram[] = {word};
  return word != "<unk>" && Lookup(1, HashNgram(unigram)).found;
}

std::string_view BackoffModel::ModelKey(std::string_view key) const {
  if (key == kNumberKey && !number_word_.empty()) return number_word_;
  if (header_->unknown_word != fmt::kNoWord && !key.empty() && !Contains(key)) return "<unk>";
  return key;
}

void BackoffModel::MapWindow(std::span<const std::string_view> window, size_t first_scored,
                             ModelWindow& out) const {
  out.words.clear();
  out.first_scored = 0;
  for (size_t i = 0; i < window.size(); ++i) {
    const bool scored = i >= first_scored;
    if (i == first_scored) out.first_scored = out.words.size();
    const std::string_view key = window[i];
    if (IsPunctuation(key) && key != kSentenceStart && key != kSentenceEnd) {
      if (!EndsSentence(key)) continue;
      if (!scored) {
        out.words.push_back(kSentenceStart);
        continue;
      }
      out.words.push_back(kSentenceEnd);
      break;  // what follows a sentence's end scores alike whatever the phrase
    }
    out.words.push_back(ModelKey(key));
  }
  if (first_scored >= window.size()) out.first_scored = out.words.size();
}

double BackoffModel::WindowLogScore(std::span<const std::string_view> window,
                                    size_t first_scored) const {
  thread_local ModelWindow mapped;
  MapWindow(window, first_scored, mapped);
  return ScoreMapped(mapped.words, mapped.first_scored);
}

double BackoffModel::LogScore(std::string_view before2, std::string_view before1,
                              std::string_view word) const {
  const std::string_view window[] = {before2, before1, word};
  return WindowLogScore(window, 2);
}

void BackoffModel::HashWindow(std::span<const std::string_view> words, size_t first_scored,
                              std::vector<std::array<uint64_t, 3>>& hashes) const {
  const size_t size = words.size();
  hashes.resize(size);
  const size_t first_hashed = first_scored >= 2 ? first_scored - 2 : 0;
  uint64_t state1 = 0, state2 = 0;
  const int max_order = static_cast<int>(header_->max_order);
  for (size_t j = first_hashed; j < size; ++j) {
    const size_t orders = std::min<size_t>(3, j - first_hashed + 1);
    const uint64_t state3 = orders == 3 ? ExtendNgramHash(state2, words[j]) : 0;
    state2 = orders >= 2 ? ExtendNgramHash(state1, words[j]) : 0;
    state1 = ExtendNgramHash(kNgramHashBasis, words[j]);
    hashes[j][0] = FinishNgramHash(state1);
    hashes[j][1] = orders >= 2 ? FinishNgramHash(state2) : 0;
    hashes[j][2] = orders == 3 ? FinishNgramHash(state3) : 0;
    for (size_t n = 1; n <= orders && static_cast<int>(n) <= max_order; ++n) {
      Prefetch(static_cast<int>(n), hashes[j][n - 1]);
    }
  }
}

double BackoffModel::ScoreMapped(std::span<const std::string_view> words,
                                 size_t first_scored) const {
  // As LanguageModel::WindowLogScore: every n-gram the backoff may ask
  // about is hashed in one pass over the words and prefetched, so the
  // tables' cache misses overlap; then Katz backoff by hash.
  const size_t size = words.size();
  if (first_scored >= size) return 0;
  thread_local std::vector<std::array<uint64_t, 3>> hashes;
  HashWindow(words, first_scored, hashes);
  const int max_order = static_cast<int>(header_->max_order);
  double score = 0;
  for (size_t i = first_scored; i < size; ++i) {
    const bool has_before1 = i >= 1 && !words[i - 1].empty();
    const bool has_before2 = has_before1 && i >= 2 && !words[i - 2].empty();
    double backoff = 0;
    if (has_before2 && max_order >= 3) {
      if (const Found trigram = Lookup(3, hashes[i][2]); trigram.found) {
        score += trigram.log_prob;
        continue;
      }
      if (const Found history = Lookup(2, hashes[i - 1][1]); history.found) {
        backoff += history.log_backoff;
      }
    }
    if (has_before1 && max_order >= 2) {
      if (const Found bigram = Lookup(2, hashes[i][1]); bigram.found) {
        score += backoff + bigram.log_prob;
        continue;
      }
      if (const Found history = Lookup(1, hashes[i - 1][0]); history.found) {
        backoff += history.log_backoff;
      }
    }
    const Found unigram = Lookup(1, hashes[i][0]);
    score += backoff + (unigram.found ? unigram.log_prob : unknown_log_prob_);
  }
  return score;
}

template <typename Visit>
void BackoffModel::VisitSlotWords(std::string_view before2, std::string_view before1,
                                  Visit&& visit) const {
  const std::string_view context2[] = {before2, before1};
  const std::string_view context1[] = {before1};
  const Successors longer = before2.empty() ? Successors{} : SuccessorsOf(context2);
  for (uint32_t i = 0; i < longer.size; ++i) {
    if (!visit(longer.words[i], fmt::Dequantise(longer.log_probs[i]))) break;
  }
  // The rest back off from "before2 before1" to "before1".
  double backoff = 0;
  if (!before2.empty()) {
    if (const Found history = Lookup(2, HashNgram(context2)); history.found) {
      backoff = history.log_backoff;
    }
  }
  std::vector<uint32_t> seen(longer.words, longer.words + longer.size);
  std::sort(seen.begin(), seen.end());
  const Successors shorter = SuccessorsOf(context1);
  for (uint32_t i = 0; i < shorter.size; ++i) {
    if (std::binary_search(seen.begin(), seen.end(), shorter.words[i])) continue;
    if (!visit(shorter.words[i], backoff + fmt::Dequantise(shorter.log_probs[i]))) break;
  }
}

double BackoffModel::RightScore(std::string_view before, std::string_view word,
                                std::string_view after1, std::string_view after2,
                                double needed) const {
  if (after1.empty()) return 0;
  const std::string_view first[] = {before, word, after1};
  const double score = ScoreMapped(first, 2);
  // The second term is at most 0: a word already below what it needs is
  // out, whatever the second term.
  if (after2.empty() || score <= needed) return score;
  const std::string_view second[] = {word, after1, after2};
  return score + ScoreMapped(second, 2);
}

void BackoffModel::PrefetchRight(std::string_view before, std::string_view word,
                                 std::string_view after1) const {
  if (after1.empty()) return;
  thread_local std::vector<std::array<uint64_t, 3>> hashes;
  const std::string_view first[] = {before, word, after1};
  HashWindow(first, 2, hashes);
}

template <typename Item, typename MakeItem>
void BackoffModel::ScoreBatch(std::vector<std::pair<std::string_view, double>>& batch,
                              std::string_view before, std::string_view after1,
                              std::string_view after2, size_t k, std::vector<Item>& best,
                              MakeItem&& make_item) const {
  // Each score is a few cache misses: load every word's n-grams first.
  for (const auto& [word, left] : batch) PrefetchRight(before, word, after1);
  for (const auto& [word, left] : batch) {
    const double needed = best.size() == k ? best.front().log_score - left : kNoBound;
    const double total = left + RightScore(before, word, after1, after2, needed);
    if (best.size() == k && total <= best.front().log_score) continue;
    KeepBest(best, make_item(word, total), k);
  }
  batch.clear();
}

std::vector<BackoffModel::ProposedWord> BackoffModel::ProposeWords(
    std::string_view before2, std::string_view before1, std::string_view after1,
    std::string_view after2, size_t k, const SlotSearchLimits& limits) const {
  std::vector<ProposedWord> best;
  if (k == 0 || before1.empty()) return best;
  const std::string_view b2 = ModelKey(before2), b1 = ModelKey(before1);
  const std::string_view a1 = ModelKey(after1), a2 = ModelKey(after2);
  size_t scored = 0;
  // Words are scored in batches whose n-grams are prefetched together.
  std::vector<std::pair<std::string_view, double>> batch;
  auto score_batch = [&] {
    ScoreBatch(batch, b1, a1, a2, k, best,
               [](std::string_view word, double total) { return ProposedWord{word, total}; });
  };
  VisitSlotWords(b2, b1, [&](uint32_t id, double left) {
    // Later words of this list are less likely still, and the right-hand
    // terms are at most 0.
    if (best.size() == k && left <= best.front().log_score) return false;
    if (scored == limits.max_scored) return false;
    const std::string_view word = Word(id);
    if (!IsProposable(word)) return true;
    ++scored;
    batch.emplace_back(word, left);
    if (batch.size() == kBatch) score_batch();
    return true;
  });
  score_batch();
  std::sort_heap(best.begin(), best.end(), Worse());
  return best;
}

std::vector<BackoffModel::ProposedPhrase> BackoffModel::ProposePhrases(
    std::string_view before2, std::string_view before1, std::string_view after1,
    std::string_view after2, size_t k, const SlotSearchLimits& limits) const {
  std::vector<ProposedPhrase> best;
  if (k == 0 || before1.empty()) return best;
  const std::string_view b2 = ModelKey(before2), b1 = ModelKey(before1);
  const std::string_view a1 = ModelKey(after1), a2 = ModelKey(after2);
  // The beam: the likeliest first words after the left context.
  struct First {
    uint32_t id;
    double log_score;
  };
  std::vector<First> firsts;  // a min-heap by log_score
  VisitSlotWords(b2, b1, [&](uint32_t id, double left) {
    if (firsts.size() == limits.beam && left <= firsts.front().log_score) return false;
    if (IsProposable(Word(id))) KeepBest(firsts, First{id, left}, limits.beam);
    return true;
  });
  std::sort_heap(firsts.begin(), firsts.end(), Worse());  // best first
  for (const First& first : firsts) {
    // Named copies: lambdas may not capture structured bindings before C++20
    // compilers caught up (Clang 15 refuses), and the fuzz build uses Clang.
    const double first_score = first.log_score;
    const std::string_view w1 = Word(first.id);
    if (best.size() == k && first_score <= best.front().log_score) break;
    size_t scanned = 0;
    std::vector<std::pair<std::string_view, double>> batch;
    auto score_batch = [&, w1 = w1] {
      ScoreBatch(batch, w1, a1, a2, k, best, [w1](std::string_view w2, double total) {
        return ProposedPhrase{{w1, w2}, total};
      });
    };
    VisitSlotWords(b1, w1, [&](uint32_t id, double second_score) {
      const double left = first_score + second_score;
      if (best.size() == k && left <= best.front().log_score) return false;
      if (scanned++ == limits.max_second_words) return false;
      const std::string_view w2 = Word(id);
      if (!IsProposable(w2)) return true;
      batch.emplace_back(w2, left);
      if (batch.size() == kBatch) score_batch();
      return true;
    });
    score_batch();
  }
  std::sort_heap(best.begin(), best.end(), Worse());
  return best;
}

}  // namespace unspin
