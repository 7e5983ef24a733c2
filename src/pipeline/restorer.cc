#include "pipeline/restorer.h"

#include "decode/utf8.h"
#include "render/apply_edits.h"
#include "resolve/resolver.h"
#include "rules/matcher.h"
#include "rules/rule_loader.h"
#include "tokenize/annotations.h"
#include "tokenize/tokenizer.h"

namespace unspin {

StatusOr<std::unique_ptr<Restorer>> Restorer::Create(const RestorerOptions& options) {
  Inflector inflector;
  if (!options.inflection_table_path.empty()) {
    StatusOr<Inflector> loaded = Inflector::FromFile(options.inflection_table_path);
    if (!loaded.ok()) return loaded.status();
    inflector = std::move(loaded.value());
  }
  StatusOr<std::vector<Rule>> rules = LoadRules(options.rule_paths);
  if (!rules.ok()) return rules.status();
  StatusOr<RuleSet> compiled = RuleSet::Compile(std::move(rules.value()), inflector);
  if (!compiled.ok()) return compiled.status();
  return std::make_unique<Restorer>(std::move(compiled.value()), options.min_confidence);
}

Restorer::Restorer(RuleSet rules, double min_confidence)
    : rules_(std::move(rules)), min_confidence_(min_confidence) {}

Restoration Restorer::Restore(std::string_view text) const {
  Restoration result;
  result.first_invalid_byte = FindInvalidUtf8(text);
  // The BOM is kept byte for byte but must not reach the tokenizer as text.
  const size_t bom = Utf8BomLength(text);
  Tokenizer tokenizer;
  Tokens tokens = tokenizer.Tokenize(text.substr(bom));
  if (bom != 0) {
    for (Token& token : tokens) {
      token.span.begin += bom;
      token.span.end += bom;
    }
  }
  const std::vector<TokenAnnotation> annotations = Annotate(text, tokens);
  const TokenizedText document{text, tokens, annotations};
  MatchOptions match_options;
  match_options.min_confidence = min_confidence_;
  std::vector<Candidate> chosen =
      ResolveOverlaps(rules_, FindCandidates(rules_, document, match_options));
  result.edits = BuildEdits(rules_, document, chosen);
  result.text = ApplyEdits(text, result.edits);
  return result;
}

}  // namespace unspin
