#include "spell/spell_stage.h"

#include <stdexcept>
#include <unordered_set>

#include "base/strings.h"
#include "spell/spell_scope.h"
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

bool IsLowerCase(std::string_view word) {
  return CapitalizationOf(word) == Capitalization::kNone;
}

}  // namespace

StatusOr<std::unique_ptr<SpellStage>> SpellStage::Create(DictionaryFiles files, SpellMode mode) {
  std::unique_ptr<SpellStage> stage(new SpellStage(std::move(files), mode));
  // Open one checker now so a bad dictionary or word list fails at start-up,
  // not in the middle of a stream.
  StatusOr<std::unique_ptr<HunspellChecker>> first = HunspellChecker::Open(stage->files_);
  if (!first.ok()) return first.status();
  stage->idle_.push_back(std::move(first.value()));
  return stage;
}

std::unique_ptr<HunspellChecker> SpellStage::Acquire() const {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      std::unique_ptr<HunspellChecker> checker = std::move(idle_.back());
      idle_.pop_back();
      return checker;
    }
  }
  StatusOr<std::unique_ptr<HunspellChecker>> checker = HunspellChecker::Open(files_);
  // The same files opened at Create(); failing now means they changed
  // underneath us.
  if (!checker.ok()) throw std::runtime_error(checker.status().message());
  return std::move(checker.value());
}

void SpellStage::Release(std::unique_ptr<HunspellChecker> checker) const {
  std::lock_guard<std::mutex> lock(mutex_);
  idle_.push_back(std::move(checker));
}

bool SpellStage::AcceptsWords(std::string_view phrase) const {
  std::unique_ptr<HunspellChecker> checker = Acquire();
  Tokenizer tokenizer;
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
  Release(std::move(checker));
  return accepted;
}

std::vector<SpellFinding> SpellStage::Run(const TokenizedText& document,
                                          const std::vector<Edit>& edits,
                                          std::vector<Edit>& fixes) const {
  std::vector<SpellFinding> findings;
  if (mode_ == SpellMode::kOff) return findings;
  const std::vector<bool> to_check = WordsToCheck(document);
  std::unique_ptr<HunspellChecker> checker = Acquire();
  size_t next_edit = 0;
  std::unordered_set<std::string> suggested;
  for (size_t i = 0; i < document.tokens.size(); ++i) {
    if (!to_check[i]) continue;
    const Token& token = document.tokens[i];
    if (CoveredByEdit(token.span, edits, next_edit)) continue;
    const std::string_view word = document.text.substr(token.span.begin, token.span.size());
    if (checker->Check(word)) continue;
    const bool suggest = suggested.size() < kMaxSuggestedWordsPerDocument ||
                         suggested.contains(std::string(word));
    if (suggest) suggested.insert(std::string(word));
    SpellFinding finding{token.span, std::string(word),
                         suggest ? checker->Suggest(word) : std::vector<std::string>(), false};
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
  Release(std::move(checker));
  return findings;
}

}  // namespace unspin
