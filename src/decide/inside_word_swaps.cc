#include "decide/inside_word_swaps.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <vector>

#include "base/strings.h"
#include "rules/matcher.h"
#include "spell/vocabulary_suggester.h"

namespace unspin {
namespace {

// A word shorter than this has too few parts to hold a swap and a remainder.
constexpr size_t kShortestSpunWord = 4;
// Words longer than this are not searched (parts grow with the square).
constexpr size_t kLongestSpunWord = 24;
// How often the vocabulary (4.9M tokens) must have seen a reading for it to
// be a plausible original: spinners swap common words, and rarer readings
// are mostly accidents of the letters ("s" + "ail" = "sail").
constexpr uint64_t kMinimumCount = 20;
// And the backoff model's context-free log10 probability (about 3 in a
// million words: "chain" -4.6, "spore" -6.3).
constexpr double kMinimumLogFrequency = -5.5;
// How much better (log10, the two models' window scores summed) the best
// reading must fit its context than the next one.
constexpr double kMinimumMargin = 2.0;
// Misspelling readings scored against the inside-word ones, at most.
constexpr size_t kMostTypoReadings = 64;

// Prefixes and suffixes that make a word of a word. A non-word that is one
// of them plus a thesaurus word ("reflow", "unfrequent", "tarted") is a
// word-formation the models lack or a misspelt one ("resultion"), not a
// string swap: read part for part it makes a synonym's derivation
// ("remove", "uncommon", "opened", "production").
bool IsAffixOnly(std::string_view before, std::string_view after) {
  static constexpr std::string_view kPrefixes[] = {
      "a",    "an",  "anti", "co",   "counter", "de",   "dis",   "em",    "en",   "ex",  "extra",
      "fore", "il",  "im",   "in",   "inter",   "ir",   "mis",   "non",   "out",  "over", "post",
      "pre",  "pro", "re",   "semi", "sub",     "super", "trans", "ultra", "un",  "under", "up"};
  static constexpr std::string_view kSuffixes[] = {
      "s",    "es",   "d",    "ed",   "ing",  "er",  "ers",  "est",  "ly",  "ness", "less", "ful",
      "able", "ible", "ment", "ments", "ism", "ist", "ists", "ish", "y",   "ier",  "iest", "ity",
      "ize",  "izes", "ized", "ise",  "ises", "ised", "al",  "ally", "ic",  "ics", "ical", "ous",
      "ion",  "ions", "ive",  "ance", "ence", "ant", "ent",  "ory",  "ure", "age",  "ship", "hood",
      "dom",  "en",   "ens",  "ened", "ings", "ably", "ward", "wards"};
  const bool prefix = before.empty() || std::find(std::begin(kPrefixes), std::end(kPrefixes),
                                                   before) != std::end(kPrefixes);
  const bool suffix = after.empty() || std::find(std::begin(kSuffixes), std::end(kSuffixes),
                                                 after) != std::end(kSuffixes);
  return prefix && suffix;
}

bool AllLetters(std::string_view key) {
  return std::all_of(key.begin(), key.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

Rule InsideWordRule() {
  Rule rule;
  rule.id = std::string(kInsideWordRuleId);
  rule.category = std::string(kInsideWordRuleId);
  rule.origin = RuleOrigin::kThesaurus;
  rule.certain = true;
  rule.built_in = true;
  rule.confidence = 1.0;
  rule.note =
      "The word is no English word, but one part of it, put back to a word that a thesaurus "
      "lists as its synonym, makes a common word that fits the context clearly best: a "
      "spinner replaced that word as a string, inside a longer word (\"said\" -> \"shelp\", "
      "because \"aid\" -> \"help\").";
  rule.location = {"(inside-word swaps)", 0};
  return rule;
}

std::vector<std::string> InsideWordReadings(
    std::string_view key, const Lexicon& lexicon,
    const std::function<bool(std::string_view)>& is_word, SourceMask exclude) {
  std::vector<std::string> readings;
  if (key.size() < kShortestSpunWord || key.size() > kLongestSpunWord || !AllLetters(key)) {
    return readings;
  }
  for (size_t begin = 0; begin < key.size(); ++begin) {
    for (size_t end = begin + kShortestInsidePart; end <= key.size(); ++end) {
      if (begin == 0 && end == key.size()) continue;  // the whole word: not inside
      if (IsAffixOnly(key.substr(0, begin), key.substr(end))) continue;
      const std::string_view part = key.substr(begin, end - begin);
      for (const LexiconCandidate& original : lexicon.Lookup(part, exclude)) {
        if (original.text.size() < kShortestInsidePart || !AllLetters(original.text)) continue;
        // Only a synonym a thesaurus lists under the part itself. The
        // weaker pairs (reverse and shared-group relations, a hundred per
        // word) turn too many rare letter strings into some word ("ad" +
        // "don" -> dress).
        if (!original.direct()) continue;
        std::string reading;
        reading.reserve(key.size() + original.text.size());
        reading.append(key.substr(0, begin)).append(original.text).append(key.substr(end));
        if (reading != key && is_word(reading)) readings.push_back(std::move(reading));
      }
    }
  }
  std::sort(readings.begin(), readings.end());
  readings.erase(std::unique(readings.begin(), readings.end()), readings.end());
  return readings;
}

bool InsideWordFinder::Known(std::string_view key) const {
  // The backoff model's word table first: small, and it knows nearly every
  // word of running text.
  if (backoff_ != nullptr && backoff_->Contains(key)) return true;
  const std::string_view words[1] = {key};
  if (counts_.vocabulary().Count(words) > 0) return true;
  // The thesauri know rare words the models lack ("hawsers", "brandies"),
  // and a rare word read as a part and a remainder often makes another
  // word ("brand" -> arm: "armies").
  return !lexicon_.BaseForms(key).empty();
}

bool InsideWordFinder::KnownCached(std::string_view key) const {
  // Nearly every word of running text is known, and most repeat: a small
  // per-thread table of recent answers (by hash; a collision only costs a
  // lookup) spares the models most questions. Keyed by the finder's
  // generation too: two restorers in one thread may have different models.
  struct Slot {
    uint64_t hash = 0;
    uint64_t generation = 0;  // 0: empty (generations start at 1)
    bool known = false;
  };
  constexpr size_t kSlots = size_t{1} << 14;
  thread_local std::vector<Slot> slots(kSlots);
  const uint64_t hash = std::hash<std::string_view>{}(key);
  Slot& slot = slots[hash & (kSlots - 1)];
  if (slot.generation != generation_ || slot.hash != hash) {
    slot = {hash, generation_, Known(key)};
  }
  return slot.known;
}

uint64_t InsideWordFinder::NextGeneration() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

bool InsideWordFinder::Common(std::string_view key) const {
  const std::string_view words[1] = {key};
  if (counts_.vocabulary().Count(words) < kMinimumCount) return false;
  return backoff_ == nullptr ||
         (backoff_->Contains(key) && backoff_->LogScore("", "", key) >= kMinimumLogFrequency);
}

void InsideWordFinder::Find(const TokenizedText& document, const std::vector<bool>& covered,
                            VariantTable& variants, DocumentDecider& decider) const {
  const auto common = [this](std::string_view word) { return Common(word); };
  for (uint32_t i = 0; i < document.tokens.size(); ++i) {
    const Token& token = document.tokens[i];
    if (token.kind != TokenKind::kWord || covered[i] || token.key.size() < kShortestSpunWord ||
        token.key.size() > kLongestSpunWord || !AllLetters(token.key) ||
        KnownCached(token.key) || !AllowedHere(document, /*certain=*/false, i, i + 1) ||
        InsideCompound(document, i, i + 1)) {
      continue;
    }
    std::vector<std::string> readings = InsideWordReadings(token.key, lexicon_, common, exclude_);
    if (readings.empty()) continue;
    // A misspelling is the likelier story for most non-words: the words
    // one typing slip away compete with the inside-word readings, and the
    // spell stage has the word when one of them fits best.
    const size_t inside_readings = readings.size();
    // (The spell stage's own search: a letter left out, added, changed, two
    // swapped, or two words run together.)
    for (std::string& typo :
         SuggestFromVocabulary(token.key, counts_.vocabulary(), common, kMostTypoReadings)) {
      if (std::find(readings.begin(), readings.begin() + inside_readings, typo) ==
          readings.begin() + inside_readings) {
        readings.push_back(std::move(typo));
      }
    }
    PhraseVariant proposed;
    proposed.rule_index = rule_index_;
    proposed.length = 1;
    for (std::string& reading : readings) {
      proposed.restoration_keys.push_back(SplitAndTrim(reading, " "));
      proposed.restorations.push_back(std::move(reading));
    }
    Candidate candidate;
    candidate.first = i;
    candidate.end = i + 1;
    candidate.variant = variants.Add(std::move(proposed));
    const PhraseVariant& variant = variants[candidate.variant];
    const CandidateScore score = decider.Score(candidate);
    if (score.restorations.empty()) continue;
    // The reading that fits the window best, frequency included: the
    // original is a common word that the sentence was written around.
    auto fit = [&score](size_t r) {
      return score.restorations[r] + (score.has_backoff() ? score.backoff.restorations[r] : 0.0);
    };
    size_t best = 0;
    for (size_t r = 1; r < variant.restorations.size(); ++r) {
      if (fit(r) > fit(best)) best = r;
    }
    double runner_up = -1e300;
    for (size_t r = 0; r < variant.restorations.size(); ++r) {
      if (r != best) runner_up = std::max(runner_up, fit(r));
    }
    if (best >= inside_readings || fit(best) - runner_up < kMinimumMargin) continue;
    // The chosen reading alone, so that the edit and --explain name it.
    PhraseVariant chosen;
    chosen.rule_index = rule_index_;
    chosen.length = 1;
    chosen.restorations = {variant.restorations[best]};
    chosen.restoration_keys = {variant.restoration_keys[best]};
    candidate.variant = variants.Add(std::move(chosen));
    candidate.restoration = 0;
    decider.AddArtefact(candidate);
  }
}

}  // namespace unspin
