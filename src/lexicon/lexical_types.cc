#include "lexicon/lexical_types.h"

#include "base/strings.h"

namespace unspin {

std::string_view PartOfSpeechName(PartOfSpeech pos) {
  switch (pos) {
    case PartOfSpeech::kNoun:
      return "noun";
    case PartOfSpeech::kVerb:
      return "verb";
    case PartOfSpeech::kAdjective:
      return "adj";
    case PartOfSpeech::kAdverb:
      return "adv";
    case PartOfSpeech::kUnknown:
      break;
  }
  return "?";
}

int FormCount(PartOfSpeech pos) {
  switch (pos) {
    case PartOfSpeech::kVerb:
      return 5;
    case PartOfSpeech::kNoun:
      return 2;
    case PartOfSpeech::kAdjective:
      return 3;
    default:
      return 1;
  }
}

std::string_view InflectionName(PartOfSpeech pos, int slot) {
  if (slot == 0) return "base";
  switch (pos) {
    case PartOfSpeech::kVerb: {
      static constexpr std::string_view kNames[] = {"base", "3sg", "past", "participle", "gerund"};
      return slot < 5 ? kNames[slot] : "?";
    }
    case PartOfSpeech::kNoun:
      return slot == 1 ? "plural" : "?";
    case PartOfSpeech::kAdjective:
      return slot == 1 ? "comparative" : slot == 2 ? "superlative" : "?";
    default:
      return "?";
  }
}

std::string_view SourceName(SourceMask source) {
  if (source & kSourceWordNet) return "wordnet";
  if (source & kSourceMythes) return "mythes";
  if (source & kSourceMoby) return "moby";
  return "-";
}

StatusOr<SourceMask> ParseSourceList(std::string_view list) {
  SourceMask mask = 0;
  if (Trim(list).empty()) return mask;
  for (const std::string& name : SplitAndTrim(list, ",")) {
    if (name == "wordnet") {
      mask |= kSourceWordNet;
    } else if (name == "mythes") {
      mask |= kSourceMythes;
    } else if (name == "moby") {
      mask |= kSourceMoby;
    } else {
      return Status::Error("unknown lexicon source '" + name +
                           "' (expected wordnet, mythes or moby)");
    }
  }
  return mask;
}

std::string SourceList(SourceMask mask) {
  std::string names;
  for (SourceMask bit : {kSourceWordNet, kSourceMythes, kSourceMoby}) {
    if (!(mask & bit)) continue;
    if (!names.empty()) names += '+';
    names += SourceName(bit);
  }
  return names.empty() ? "-" : names;
}

}  // namespace unspin
