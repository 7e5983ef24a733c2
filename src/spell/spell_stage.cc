#include "spell/spell_stage.h"

#include <stdexcept>
#include <unordered_set>

#include "base/strings.h"
#include "spell/spell_scope.h"
#include "spell/vocabulary_suggester.h"
#include "tokenize/tokenizer.h"

namespace unspin {
namespace {

bool CoveredByEdit(const ByteSpan& span, const std::vector<Edit>& edits, size_t& next) {
  while (next < edits.size() && edits[next].span.end <= span.begin) ++next;
  return next < edits.size() && edits[next].span.Overlaps(span);
}

// Hunspell's suggestion search costs tens of milliseconds a word. Text full
// of unknown words (archaic prose, another language, OCR noise) must not
// slow the stage to a crawl: past this many distinct misspellings in one
// document, findings are reported without suggestions.
constexpr size_t kMaxSuggestedWordsPerDocument = 25;
constexpr size_t kMaxVocabularySuggestions = 5;

bool IsLowerCase(std::string_view word) {
  return CapitalizationOf(word) == Capitalization::kNone;
}

}  // namespace

StatusOr<std::unique_ptr<SpellStage>> SpellStage::Create(
    DictionaryFiles files, SpellMode mode, std::shared_ptr<const Vocabulary> vocabulary,
    SuggestMode suggest) {
  std::unique_ptr<SpellStage> stage(
      new SpellStage(std::move(files), mode, std::move(vocabulary), suggest));
  // Open one checker now so a bad dictionary or word list fails at start-up,
  // not in the middle of a stream.
  StatusOr<std::unique_ptr<HunspellChecker>> first = HunspellChecker::Open(stage->files_);
  if (!first.ok()) return first.status();
  auto worker = std::make_unique<Worker>();
  worker->checker = std::move(first.value());
  stage->idle_.push_back(std::move(worker));
  return stage;
}

std::unique_ptr<SpellStage::Worker> SpellStage::Acquire() const {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      std::unique_ptr<Worker> worker = std::move(idle_.back());
      idle_.pop_back();
      return worker;
    }
  }
  StatusOr<std::unique_ptr<HunspellChecker>> checker = HunspellChecker::Open(files_);
  // The same files opened at Create(); failing now means they changed
  // underneath us.
  if (!checker.ok()) throw std::runtime_error(checker.status().message());
  auto worker = std::make_unique<Worker>();
  worker->checker = std::move(checker.value());
  return worker;
}

void SpellStage::Release(std::unique_ptr<Worker> worker) const {
  std::lock_guard<std::mutex> lock(mutex_);
  idle_.push_back(std::move(worker));
}

const std::vector<std::string>& SpellStage::VocabularySuggestions(Worker& worker,
                                                                  std::string_view word) const {
  auto [it, inserted] = worker.vocabulary_suggestions.try_emplace(std::string(word));
  if (inserted) {
    it->second = SuggestFromVocabulary(
        word, *vocabulary_, [&](std::string_view w) { return worker.checker->Check(w); },
        kMaxVocabularySuggestions);
  }
  return it->second;
}

bool SpellStage::AcceptsWords(std::string_view phrase) const {
  std::unique_ptr<Worker> worker = Acquire();
  HunspellChecker* checker = worker->checker.get();
  thread_local Tokenizer tokenizer;  // an ICU break iterator: costly to make
  bool accepted = true;
  for (const Token& token : tokenizer.Tokenize(phrase)) {
    if (token.kind != TokenKind::kWord || token.key == "'s") continue;
    const std::string_view word = phrase.substr(token.span.begin, token.span.size());
    // The same words the spell stage would skip in running text: names,
    // acronyms, numbers ("1990s", "U.S.", "BAFTA").
    if (CapitalizationOf(word) != Capitalization::kNone ||
        word.find_first_of("0123456789") != std::string_view::npos) {
      continue;
    }
    if (!checker->Check(word)) {
      accepted = false;
      break;
    }
  }
  Release(std::move(worker));
  return accepted;
}

std::vector<SpellFinding> SpellStage::Run(const TokenizedText& document,
                                          const std::vector<Edit>& edits,
                                          std::vector<Edit>& fixes) const {
  std::vector<SpellFinding> findings;
  if (mode_ == SpellMode::kOff) return findings;
  const std::vector<uint8_t> to_check = WordsToCheck(document);
  std::unique_ptr<Worker> worker = Acquire();
  HunspellChecker& checker = *worker->checker;
  size_t next_edit = 0;
  std::unordered_set<std::string> searched;  // by Hunspell, in this document
  for (size_t i = 0; i < document.tokens.size(); ++i) {
    if (!to_check[i]) continue;
    const Token& token = document.tokens[i];
    if (CoveredByEdit(token.span, edits, next_edit)) continue;
    const std::string_view word = document.text.substr(token.span.begin, token.span.size());
    if (checker.Check(word)) continue;
    SpellFinding finding{token.span, std::string(word), {}, false};
    if (suggest_ == SuggestMode::kFast && vocabulary_ != nullptr &&
        SuggestibleFromVocabulary(word)) {
      finding.suggestions = VocabularySuggestions(*worker, word);
    } else if (suggest_ != SuggestMode::kOff) {
      const bool search = searched.size() < kMaxSuggestedWordsPerDocument ||
                          searched.contains(finding.word);
      if (search) {
        searched.insert(finding.word);
        finding.suggestions = checker.Suggest(word);
      }
    }
    if (mode_ == SpellMode::kFix && finding.suggestions.size() == 1 && IsLowerCase(word) &&
        EditDistance(word, finding.suggestions[0]) <= 2) {
      Edit fix;
      fix.span = token.span;
      fix.original = finding.word;
      fix.replacement = finding.suggestions[0];
      fix.kind = EditKind::kSpelling;
      fix.confidence = 1.0;
      fixes.push_back(std::move(fix));
      finding.fixed = true;
    }
    findings.push_back(std::move(finding));
  }
  Release(std::move(worker));
  return findings;
}

}  // namespace unspin
