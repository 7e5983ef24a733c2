#include "resolve/resolver.h"

#include <algorithm>

#include "resolve/article_agreement.h"
#include "resolve/case_fitting.h"

namespace unspin {
namespace {

std::string_view TextOf(const TokenizedText& document, ByteSpan span) {
  return document.text.substr(span.begin, span.size());
}

ByteSpan SpanOf(const TokenizedText& document, const Candidate& candidate) {
  return {document.tokens[candidate.first].span.begin,
          document.tokens[candidate.end - 1].span.end};
}

// Keeps "An" / "AN" / "an" in the case of the article it replaces.
std::string ArticleInCaseOf(std::string_view article, std::string_view original) {
  return FitCase(article, original);
}

// An edit to the article right before `candidate`, when one is needed.
std::optional<Edit> ArticleEdit(const TokenizedText& document, const Candidate& candidate,
                                const Edit& restoration) {
  if (candidate.first == 0) return std::nullopt;
  const Token& article = document.tokens[candidate.first - 1];
  if (article.kind != TokenKind::kWord || (article.key != "a" && article.key != "an")) {
    return std::nullopt;
  }
  if (document.annotations[candidate.first - 1].in_quotes) return std::nullopt;
  const std::string_view wanted = IndefiniteArticleFor(restoration.replacement);
  if (wanted.empty() || wanted == article.key) return std::nullopt;
  Edit edit;
  edit.span = article.span;
  edit.original = std::string(TextOf(document, article.span));
  edit.replacement = ArticleInCaseOf(wanted, edit.original);
  edit.kind = EditKind::kArticle;
  edit.rule_index = restoration.rule_index;
  edit.confidence = restoration.confidence;
  return edit;
}

}  // namespace

std::vector<Candidate> ResolveOverlaps(const VariantTable& variants,
                                       std::vector<Candidate> candidates) {
  auto confidence = [](const Candidate& c) { return c.strength; };
  std::stable_sort(candidates.begin(), candidates.end(),
                   [&](const Candidate& a, const Candidate& b) {
                     const uint32_t length_a = a.end - a.first, length_b = b.end - b.first;
                     if (length_a != length_b) return length_a > length_b;
                     if (confidence(a) != confidence(b)) return confidence(a) > confidence(b);
                     const uint32_t rule_a = variants[a.variant].rule_index;
                     const uint32_t rule_b = variants[b.variant].rule_index;
                     if (rule_a != rule_b) return rule_a < rule_b;
                     return a.first < b.first;
                   });
  std::vector<Candidate> chosen;
  std::vector<bool> taken;
  for (const Candidate& candidate : candidates) {
    if (taken.size() < candidate.end) taken.resize(candidate.end, false);
    const bool free = std::none_of(taken.begin() + candidate.first, taken.begin() + candidate.end,
                                   [](bool t) { return t; });
    if (!free) continue;
    std::fill(taken.begin() + candidate.first, taken.begin() + candidate.end, true);
    chosen.push_back(candidate);
  }
  std::sort(chosen.begin(), chosen.end(),
            [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
  return chosen;
}

std::vector<Edit> BuildEdits(const VariantTable& variants, const TokenizedText& document,
                             const std::vector<Candidate>& chosen) {
  std::vector<Edit> edits;
  for (size_t i = 0; i < chosen.size(); ++i) {
    const Candidate& candidate = chosen[i];
    const PhraseVariant& variant = variants[candidate.variant];
    const Rule& rule = variants.RuleOf(candidate.variant);
    Edit edit;
    edit.span = SpanOf(document, candidate);
    edit.original = std::string(TextOf(document, edit.span));
    edit.replacement = FitCase(variant.restorations[candidate.restoration], edit.original);
    edit.rule_index = variant.rule_index;
    edit.confidence = rule.confidence;
    if (candidate.scored) edit.evidence = candidate.strength;
    for (size_t a = 0; a < variant.restorations.size(); ++a) {
      if (a == candidate.restoration) continue;
      edit.alternatives.push_back(FitCase(variant.restorations[a], edit.original));
    }
    // The article must not be part of the previous chosen phrase.
    const bool article_free = i == 0 || chosen[i - 1].end < candidate.first;
    if (article_free) {
      if (std::optional<Edit> article = ArticleEdit(document, candidate, edit)) {
        edits.push_back(std::move(*article));
      }
    }
    edits.push_back(std::move(edit));
  }
  return edits;
}

}  // namespace unspin
