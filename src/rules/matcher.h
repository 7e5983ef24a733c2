// Finding every place where a rule's spun phrase occurs and its conditions
// hold.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "rules/rule_set.h"
#include "tokenize/annotations.h"
#include "tokenize/token.h"
#include "tokenize/tokenized_text.h"

namespace unspin {

struct MatchOptions {
  double min_confidence = 0.5;  // rules below it are not matched
};

// RuleSet::WordId of each of `tokens`' keys.
std::vector<uint32_t> WordIdsOf(const RuleSet& rules, const Tokens& tokens);

// Every candidate, in order of first token, that passes its rule's context
// conditions, the quotation and capitalisation policy (rules/README.md) and
// the compound check (no match starts or ends inside a hyphenated word).
// Candidates may overlap; resolving them is the next stage's job. Cost is
// linear in the number of tokens and independent of the number of rules.
std::vector<Candidate> FindCandidates(const RuleSet& rules, const TokenizedText& document,
                                      const MatchOptions& options);

// The neighbouring words of tokens [first, end) as context conditions see
// them: up to three tokens on the same line, apostrophes and dashes folded,
// joined by single spaces.
std::string ContextBefore(const TokenizedText& document, uint32_t first);
std::string ContextAfter(const TokenizedText& document, uint32_t end);

// "semi-final", "army-backed": true when tokens [first, end) start right
// after, or end right before, a hyphen that glues them to another word. No
// edit starts or ends inside a compound.
bool InsideCompound(const TokenizedText& document, uint32_t first, uint32_t end);

// Quoted speech is never edited; capitalised words (names, titles) only by
// certain rules, except a sentence's first word.
bool AllowedHere(const TokenizedText& document, bool certain, uint32_t first, uint32_t end);

// True when all of `rule`'s context conditions hold around [first, end).
bool ConditionsHold(const Rule& rule, const TokenizedText& document, uint32_t first,
                    uint32_t end);

}  // namespace unspin
