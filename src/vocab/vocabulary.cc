#include "vocab/vocabulary.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <memory>
#include <new>
#include <optional>
#include <utility>

#include "vocab/ngram_hash.h"

namespace unspin {
namespace {

constexpr char kMagic[8] = {'U', 'N', 'S', 'P', 'I', 'N', 'V', '1'};
constexpr size_t kHeaderSize = 8 + 4 + 4 + 8 + 8 + 8 * kMaxNgramOrder;

size_t Padded(size_t bytes) { return (bytes + 7) / 8 * 8; }

std::atomic<uint64_t> next_serial{1};

template <typename T>
T ReadAt(const uint8_t* data, size_t offset) {
  T value;
  std::memcpy(&value, data + offset, sizeof value);
  return value;
}

}  // namespace

Vocabulary::~Vocabulary() {
  if (mapped_ && data_ != nullptr) munmap(const_cast<uint8_t*>(data_), size_);
}

StatusOr<std::shared_ptr<const Vocabulary>> Vocabulary::Open(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    const int error = errno;
    return Status::Error("cannot open vocabulary '" + path + "': " + std::strerror(error));
  }
  struct stat info {};
  if (fstat(fd, &info) != 0) {
    const int error = errno;
    ::close(fd);
    return Status::Error("cannot read vocabulary '" + path + "': " + std::strerror(error));
  }
  // mmap() of anything else fails with a baffling "No such device".
  if (!S_ISREG(info.st_mode)) {
    ::close(fd);
    return Status::Error("cannot open vocabulary '" + path + "': " +
                         (S_ISDIR(info.st_mode) ? "it is a directory" : "not a regular file"));
  }
  std::shared_ptr<Vocabulary> vocabulary(new Vocabulary());
  vocabulary->size_ = static_cast<size_t>(info.st_size);
  if (vocabulary->size_ > 0) {
    void* mapped = mmap(nullptr, vocabulary->size_, PROT_READ, MAP_PRIVATE, fd, 0);
    if (mapped == MAP_FAILED) {
      const int error = errno;
      ::close(fd);
      return Status::Error("cannot map vocabulary '" + path + "': " + std::strerror(error));
    }
    vocabulary->data_ = static_cast<const uint8_t*>(mapped);
    vocabulary->mapped_ = true;
  }
  ::close(fd);
  if (Status parsed = vocabulary->Parse(path); !parsed.ok()) return parsed;
  return std::shared_ptr<const Vocabulary>(std::move(vocabulary));
}

StatusOr<std::shared_ptr<const Vocabulary>> Vocabulary::FromBytes(std::string bytes,
                                                                  const std::string& name) {
  std::shared_ptr<Vocabulary> vocabulary(new Vocabulary());
  // std::string storage of this size is heap-allocated and suitably aligned
  // for the u64 tables; checked below all the same.
  vocabulary->owned_bytes_ = std::move(bytes);
  vocabulary->data_ = reinterpret_cast<const uint8_t*>(vocabulary->owned_bytes_.data());
  vocabulary->size_ = vocabulary->owned_bytes_.size();
  if (reinterpret_cast<uintptr_t>(vocabulary->data_) % 8 != 0) {
    return Status::Error("vocabulary '" + name + "': internal alignment error");
  }
  if (Status parsed = vocabulary->Parse(name); !parsed.ok()) return parsed;
  return std::shared_ptr<const Vocabulary>(std::move(vocabulary));
}

Status Vocabulary::Parse(const std::string& name) {
  serial_ = next_serial.fetch_add(1);
  const std::string where = "vocabulary '" + name + "': ";
  if (size_ < kHeaderSize || std::memcmp(data_, kMagic, sizeof kMagic) != 0) {
    return Status::Error(where + "not an unspin vocabulary file (build one with 'unspin vocab build')");
  }
  const uint32_t version = ReadAt<uint32_t>(data_, 8);
  const uint32_t max_order = ReadAt<uint32_t>(data_, 12);
  if (version != 1 || max_order != kMaxNgramOrder) {
    return Status::Error(where + "version " + std::to_string(version) +
                         " is not supported by this unspin (it reads version 1)");
  }
  total_tokens_ = ReadAt<uint64_t>(data_, 16);
  distinct_unigrams_ = ReadAt<uint64_t>(data_, 24);
  size_t offset = kHeaderSize;
  for (int order = 0; order < kMaxNgramOrder; ++order) {
    const uint64_t entries = ReadAt<uint64_t>(data_, 32 + 8 * order);
    // Check sizes before multiplying so a corrupt count cannot overflow.
    const size_t remaining = size_ - offset;
    if (entries > remaining / 12) {
      return Status::Error(where + "truncated (order " + std::to_string(order + 1) + " table)");
    }
    const size_t hash_bytes = Padded(entries * 8);
    const size_t count_bytes = Padded(entries * 4);
    if (hash_bytes + count_bytes > remaining) {
      return Status::Error(where + "truncated (order " + std::to_string(order + 1) + " table)");
    }
    tables_[order].hashes = {reinterpret_cast<const uint64_t*>(data_ + offset), entries};
    tables_[order].counts = {reinterpret_cast<const uint32_t*>(data_ + offset + hash_bytes),
                             entries};
    offset += hash_bytes + count_bytes;
  }
  if (offset != size_) return Status::Error(where + "has trailing bytes; the file is corrupt");
  return Status::Ok();
}

namespace {

// The index of `hash` in the sorted array `hashes`, if it is there. The
// hashes are uniformly distributed (HashNgram ends with a mixing step), so
// interpolation finds a key in two or three probes where a binary search
// needs about twenty; a few rounds of it narrow the range, and a binary
// search finishes whatever is left (and bounds the worst case, whatever the
// file holds).
std::optional<size_t> FindHash(std::span<const uint64_t> hashes, uint64_t hash) {
  size_t low = 0;
  size_t high = hashes.size();  // the answer is in [low, high)
  for (int round = 0; round < 4 && high - low > 16; ++round) {
    const uint64_t first = hashes[low];
    const uint64_t last = hashes[high - 1];
    if (hash < first || hash > last) return std::nullopt;
    if (last == first) break;
    const auto span = static_cast<unsigned __int128>(hash - first) * (high - 1 - low);
    const size_t guess = low + static_cast<size_t>(span / (last - first));
    if (hashes[guess] == hash) return guess;
    if (hashes[guess] < hash) {
      low = guess + 1;
    } else {
      high = guess;
    }
  }
  const auto begin = hashes.begin() + static_cast<std::ptrdiff_t>(low);
  const auto end = hashes.begin() + static_cast<std::ptrdiff_t>(high);
  const auto it = std::lower_bound(begin, end, hash);
  if (it == end || *it != hash) return std::nullopt;
  return static_cast<size_t>(it - hashes.begin());
}

// Recently asked counts, per thread: direct-mapped, so a lookup is one
// probe of a table that stays in the CPU's cache. Each slot records which
// vocabulary (by serial) and which n-gram (order and hash) it holds.
class CountCache {
 public:
  static constexpr size_t kSlots = size_t{1} << 13;

  struct Slot {
    uint64_t hash = 0;
    uint32_t count = 0;
    uint32_t tag = 0;  // Tag() of the vocabulary and order; 0: empty
  };

  // Serials are never 0, so neither is a tag (until 2^30 vocabularies).
  static uint32_t Tag(uint64_t serial, size_t order) {
    return static_cast<uint32_t>(serial << 2 | order);
  }

  Slot& SlotFor(uint64_t hash) {
    if (slots_ == nullptr) slots_ = std::make_unique<Slot[]>(kSlots);
    return slots_[hash & (kSlots - 1)];
  }

 private:
  std::unique_ptr<Slot[]> slots_;
};

}  // namespace

namespace {

constexpr size_t kPresenceBits = size_t{1} << 23;  // 1 MB
// Tables beyond this many entries (a vocabulary of a few hundred megabytes;
// the bundled one has under half a million an order) keep the plain search
// of the file: their index, about 16 bytes an entry, would cost more memory
// than the file's pages that the search touches.
constexpr size_t kLargestIndexedTable = size_t{1} << 22;

// The key of an n-gram in the presence bits: the hashes are already mixed;
// the order moves each table's bits apart.
uint64_t PresenceKey(int order, uint64_t hash) {
  return hash + static_cast<uint64_t>(order) * 0x9E3779B97F4A7C15ULL;
}

}  // namespace

Vocabulary::BucketArray::BucketArray(size_t size) : bytes_(size * sizeof(Bucket)) {
  void* mapped = mmap(nullptr, bytes_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mapped == MAP_FAILED) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
  if (bytes_ >= (size_t{2} << 20)) madvise(mapped, bytes_, MADV_HUGEPAGE);  // advice only
#endif
  data_ = static_cast<Bucket*>(mapped);
}

Vocabulary::BucketArray::~BucketArray() {
  if (data_ != nullptr) munmap(data_, bytes_);
}

Vocabulary::BucketArray::BucketArray(BucketArray&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), bytes_(std::exchange(other.bytes_, 0)) {}

Vocabulary::BucketArray& Vocabulary::BucketArray::operator=(BucketArray&& other) noexcept {
  if (this != &other) {
    if (data_ != nullptr) munmap(data_, bytes_);
    data_ = std::exchange(other.data_, nullptr);
    bytes_ = std::exchange(other.bytes_, 0);
  }
  return *this;
}

void Vocabulary::BuildBucketIndex() const {
  presence_.Reset(kPresenceBits);
  for (int order = 1; order <= kMaxNgramOrder; ++order) {
    for (uint64_t hash : tables_[order - 1].hashes) presence_.Add(PresenceKey(order, hash));
  }
  for (Table& table : tables_) {
    const size_t entries = table.hashes.size();
    if (entries >= kLargestIndexedTable) continue;
    // About four n-grams a bucket of eight slots.
    int bits = 0;
    while ((size_t{4} << bits) < entries) ++bits;
    table.bucket_bits = bits;
    table.buckets = BucketArray(size_t{1} << bits);
    table.search_file.assign(((size_t{1} << bits) + 63) / 64, 0);
    // The file's hashes are sorted, so this fills the buckets in order. (A
    // corrupt file's may not be; every n-gram still lands in its own
    // bucket, so lookups stay right.)
    for (size_t i = 0; i < entries; ++i) {
      const uint64_t hash = table.hashes[i];
      const uint32_t count = table.counts[i];
      if (count == 0) continue;
      const size_t b = BucketOf(table, hash);
      Bucket& bucket = table.buckets[b];
      const auto fingerprint = static_cast<uint32_t>(hash);
      size_t slot = 0;
      bool clash = false;
      while (slot < 8 && bucket.counts[slot] != 0) {
        clash = clash || bucket.fingerprints[slot] == fingerprint;
        ++slot;
      }
      if (slot == 8 || clash) {
        table.search_file[b / 64] |= uint64_t{1} << (b % 64);
        continue;
      }
      bucket.fingerprints[slot] = fingerprint;
      bucket.counts[slot] = count;
    }
  }
}

size_t Vocabulary::BucketOf(const Table& table, uint64_t hash) {
  return table.bucket_bits == 0 ? 0 : static_cast<size_t>(hash >> (64 - table.bucket_bits));
}

uint64_t Vocabulary::CountInFile(const Table& table, uint64_t hash) const {
  const std::optional<size_t> index = FindHash(table.hashes, hash);
  return index ? table.counts[*index] : 0;
}

uint64_t Vocabulary::CountUncached(int order, uint64_t hash) const {
  const Table& table = tables_[order - 1];
  if (table.hashes.size() >= kLargestIndexedTable) return CountInFile(table, hash);
  std::call_once(bucket_index_built_, [this] { BuildBucketIndex(); });
  if (!presence_.MayContain(PresenceKey(order, hash))) return 0;
  const size_t b = BucketOf(table, hash);
  if (table.search_file[b / 64] >> (b % 64) & 1) return CountInFile(table, hash);
  const Bucket& bucket = table.buckets[b];
  const auto fingerprint = static_cast<uint32_t>(hash);
  for (int slot = 0; slot < 8; ++slot) {
    if (bucket.fingerprints[slot] == fingerprint && bucket.counts[slot] != 0) {
      return bucket.counts[slot];
    }
  }
  return 0;
}

uint64_t Vocabulary::CountOfHashUncached(int order, uint64_t hash) const {
  if (order < 1 || order > kMaxNgramOrder) return 0;
  return CountUncached(order, hash);
}

uint64_t Vocabulary::CountOfHash(int order, uint64_t hash) const {
  if (order < 1 || order > kMaxNgramOrder) return 0;
  thread_local CountCache cache;
  CountCache::Slot& slot = cache.SlotFor(hash);
  const uint32_t tag = CountCache::Tag(serial_, static_cast<size_t>(order));
  if (slot.tag == tag && slot.hash == hash) return slot.count;
  const uint64_t count = CountUncached(order, hash);
  slot = {hash, static_cast<uint32_t>(count), tag};
  return count;
}

void Vocabulary::Prefetch(int order, uint64_t hash) const {
  if (order < 1 || order > kMaxNgramOrder) return;
  const Table& table = tables_[order - 1];
  if (table.hashes.size() >= kLargestIndexedTable) return;
  std::call_once(bucket_index_built_, [this] { BuildBucketIndex(); });
  presence_.Prefetch(PresenceKey(order, hash));
  __builtin_prefetch(&table.buckets[BucketOf(table, hash)]);
}

uint64_t Vocabulary::Count(std::span<const std::string_view> words) const {
  if (words.empty() || words.size() > kMaxNgramOrder) return 0;
  return CountOfHash(static_cast<int>(words.size()), HashNgram(words));
}

}  // namespace unspin
