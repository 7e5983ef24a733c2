// The compiled lexicon file (`unspin lexicon build`), shared by its writer
// (lexicon_builder.cc) and its reader (lexicon.cc). Little-endian; every
// section starts on an 8-byte boundary; the reader maps the file and uses
// the sections in place, so opening it builds nothing.
//
//   LexiconHeader
//   strings     bytes; a string is named by its offset, where a u8 length
//               and then its bytes stand (keys, lemmas and their forms,
//               each stored once)
//   keys        LexiconKey[key_count]: the phrases the lexicon knows (a
//               lemma of some part of speech, or an irregular form in
//               WordNet's exception lists), in token keys joined by spaces
//   key slots   u64[1 << key_slots_log2], an open-addressing hash table
//               of the keys by HashNgram of their words (linear probing):
//               high 32 bits the hash's high 32, low 32 the key index + 1
//               (0: empty slot)
//   entries     LexiconEntry[entry_count]: one (lemma, part of speech)
//   candidates  LexiconCandidateRecord[candidate_count]: an entry's
//               candidate originals, best first (see lexicon_builder.h)
//   forms       u32 string offsets: an entry's FormCount(pos) forms
//   exceptions  LexiconExceptionRecord[exception_count]
//   prefixes    u64[1 << prefix_slots_log2]: HashNgram of every proper
//               prefix (in words) of a key of two or more words, a verb
//               phrase's also with each form of its first word (0: empty;
//               a hash of 0 is stored as 1)
#pragma once

#include <cstdint>

namespace unspin {

inline constexpr char kLexiconMagic[8] = {'U', 'N', 'S', 'P', 'I', 'N', 'L', 'X'};
inline constexpr uint32_t kLexiconVersion = 1;

struct LexiconHeader {
  char magic[8];
  uint32_t version;
  uint32_t sources;         // SourceMask of the thesauri compiled in
  uint32_t max_candidates;  // the cap on candidates per entry
  uint32_t key_slots_log2;
  uint32_t prefix_slots_log2;
  uint32_t reserved;
  uint64_t strings_offset, strings_size;
  uint64_t keys_offset, key_count;
  uint64_t key_slots_offset;
  uint64_t entries_offset, entry_count;
  uint64_t candidates_offset, candidate_count;
  uint64_t forms_offset, form_count;
  uint64_t exceptions_offset, exception_count;
  uint64_t prefix_slots_offset;
};

struct LexiconKey {
  uint32_t text;             // string offset
  uint32_t first_entry;      // its entries are [first_entry, + entry_count)
  uint32_t first_exception;  // its exceptions are [first_exception, + exception_count)
  uint16_t entry_count;
  uint16_t exception_count;
};

struct LexiconEntry {
  uint32_t key;              // index of its lemma's key
  uint32_t first_candidate;  // [first_candidate, + candidate_count)
  uint32_t forms;            // index of its first form in the forms section
  uint16_t candidate_count;
  uint8_t pos;  // PartOfSpeech
  uint8_t reserved;
};

struct LexiconCandidateRecord {
  uint32_t entry;        // the candidate original's entry
  uint8_t sources;       // bits 0-2: SourceMask proposing it; bits 4-6: those listing it directly
  uint8_t wordnet_rank;  // 1 + the shared synset's place among the original's senses; 0: none
  uint8_t mythes_rank;   // 1 + the place of the sense that lists the pair; 0: none
  uint8_t frequency;     // 8 * log2(1 + count of the original in the vocabulary), capped at 255
};

struct LexiconExceptionRecord {
  uint32_t base_key;  // the base form's key
  uint8_t pos;        // PartOfSpeech of the exception list
  uint8_t reserved[3];
};

static_assert(sizeof(LexiconHeader) == 144);
static_assert(sizeof(LexiconKey) == 16);
static_assert(sizeof(LexiconEntry) == 16);
static_assert(sizeof(LexiconCandidateRecord) == 8);
static_assert(sizeof(LexiconExceptionRecord) == 8);

}  // namespace unspin
