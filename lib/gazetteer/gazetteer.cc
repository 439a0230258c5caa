#include "sayso/gazetteer.h"

#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "core/absl_compat.h"
#include "core/stage_input.h"
#include "gazetteer/image.h"
#include "gazetteer/matcher.h"
#include "sayso/tokenizer.h"

namespace sayso {
namespace {

using internal::Sv;
namespace gz = internal::gz;

constexpr const char kDefaultFileName[] = "default.gazetteer";

GazetteerEntity EntityAt(const internal::GazetteerImage& image, uint32_t i) {
  GazetteerEntity out;
  const gz::Entity* e = image.entity(i);
  if (e == nullptr) return out;
  out.id = std::string(image.Str(e->id));
  out.canonical = std::string(image.Str(e->canonical));
  out.type = static_cast<EntityType>(e->type > 5 ? 5 : e->type);
  out.fine_type = std::string(image.Str(e->fine_type));
  if (e->country[0] != 0) out.country = std::string(e->country, 2);
  out.population = e->population;
  out.prior = std::isfinite(e->prior) ? e->prior : 0.5f;
  out.parent = std::string(image.Str(e->parent));
  out.attributes = std::string(image.Str(e->attributes));
  return out;
}

bool IsRegularFile(const std::string& path) {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec);
}

}  // namespace

Gazetteer::Gazetteer(std::shared_ptr<const internal::GazetteerImage> image,
                     const GazetteerOptions& options)
    : image_(std::move(image)), options_(options) {}
Gazetteer::Gazetteer(const Gazetteer&) = default;
Gazetteer& Gazetteer::operator=(const Gazetteer&) = default;
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;
Gazetteer::~Gazetteer() = default;

absl::StatusOr<Gazetteer> Gazetteer::Load(std::string_view path,
                                          const GazetteerOptions& options) {
  auto image = internal::GazetteerImage::Open(path);
  if (!image.ok()) return image.status();
  return Gazetteer(std::move(*image), options);
}

absl::StatusOr<Gazetteer> Gazetteer::FromBytes(
    std::string_view bytes, const GazetteerOptions& options) {
  auto image = internal::GazetteerImage::FromBytes(bytes);
  if (!image.ok()) return image.status();
  return Gazetteer(std::move(*image), options);
}

absl::StatusOr<std::string> Gazetteer::DefaultPath() {
  std::vector<std::string> tried;
  const char* env = std::getenv("SAYSO_GAZETTEER");
  if (env != nullptr && *env != '\0') {
    if (IsRegularFile(env)) return std::string(env);
    tried.push_back(absl::StrCat(env, " (env SAYSO_GAZETTEER)"));
  }
  std::error_code ec;
  std::filesystem::path exe =
      std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    std::string p =
        (exe.parent_path() / ".." / "share" / "sayso" / kDefaultFileName)
            .lexically_normal()
            .string();
    if (IsRegularFile(p)) return p;
    tried.push_back(p);
  }
#ifdef SAYSO_BUILD_GAZETTEER
  if (IsRegularFile(SAYSO_BUILD_GAZETTEER))
    return std::string(SAYSO_BUILD_GAZETTEER);
  tried.push_back(SAYSO_BUILD_GAZETTEER);
#endif
#ifdef SAYSO_INSTALL_DATADIR
  {
    std::string p = absl::StrCat(SAYSO_INSTALL_DATADIR, "/", kDefaultFileName);
    if (IsRegularFile(p)) return p;
    tried.push_back(p);
  }
#endif
  return absl::NotFoundError(absl::StrCat(
      "the built-in gazetteer (", kDefaultFileName,
      ") was not found; set SAYSO_GAZETTEER to an image file. Tried: ",
      absl::StrJoin(tried, ", ")));
}

absl::StatusOr<Gazetteer> Gazetteer::Default(const GazetteerOptions& options) {
  absl::StatusOr<std::string> path = DefaultPath();
  if (!path.ok()) return path.status();
  return Load(*path, options);
}

absl::Status Gazetteer::Process(Document& doc) const {
  if (doc.tokens().empty()) return internal::NoTokensStatus(doc, "gazetteer");
  // Per-thread result buffers: no allocation per call once grown.
  thread_local internal::Matches matches;
  internal::FindMatches(*image_, options_, doc, &matches);
  if (matches.found.empty()) return absl::OkStatus();
  // The Mentions view ids and names in the image: the Document keeps it.
  doc.KeepAlive(image_);
  std::vector<Mention>& mentions = doc.mutable_mentions();
  std::vector<EntityRef>& alternatives = doc.mutable_alternatives();
  // Our matches come in reading order; sorting is needed only to merge them
  // with mentions already there, or for overlapping matches.
  const bool sort = !mentions.empty() || options_.overlapping;
  mentions.reserve(mentions.size() + matches.found.size());
  alternatives.reserve(alternatives.size() + matches.candidates.size() -
                       matches.found.size());
  // Views into the image's pool: nothing is copied or allocated per match.
  auto fill = [&](const internal::FoundCandidate& c, EntityRef* r) {
    const gz::Entity* e = image_->entity(c.entity);
    if (e != nullptr) {
      r->id = image_->Str(e->id);
      r->canonical = image_->Str(e->canonical);
    }
    r->type = c.mention_type;
    r->score = c.score;
  };
  // The entity records are random reads in the image: fetch them ahead
  // (16 candidates ahead). always_inline: GCC deems a lambda that only
  // prefetches pure and drops its calls otherwise.
  const std::vector<internal::FoundCandidate>& all = matches.candidates;
  auto prefetch = [&](size_t next) __attribute__((always_inline)) {
    if (next + 16 < all.size()) {
      __builtin_prefetch(image_->entity(all[next + 16].entity));
    }
  };
  for (const internal::Found& f : matches.found) {
    const internal::FoundCandidate* c = all.data() + f.candidates_begin;
    Mention& m = mentions.emplace_back();
    m.span = f.span;
    m.token_begin = f.token_begin;
    m.token_end = f.token_end;
    prefetch(f.candidates_begin);
    fill(c[0], &m.entity);
    if (f.candidates_size > 1) {
      m.alternatives.begin = static_cast<uint32_t>(alternatives.size());
      m.alternatives.count = f.candidates_size - 1;
      for (uint32_t i = 1; i < f.candidates_size; ++i) {
        prefetch(f.candidates_begin + i);
        fill(c[i], &alternatives.emplace_back());
      }
    }
    m.stage = "gazetteer";
  }
  if (sort) doc.SortMentions();
  return absl::OkStatus();
}

absl::StatusOr<std::vector<GazetteerMatch>> Gazetteer::Lookup(
    std::string_view text) const {
  static const absl::StatusOr<Tokenizer>* tokenizer =
      new absl::StatusOr<Tokenizer>(Tokenizer::Create({}));
  if (!tokenizer->ok()) return tokenizer->status();
  Document doc(text);
  absl::Status s = (*tokenizer)->Process(doc);
  if (!s.ok()) return s;
  internal::Matches matches;
  internal::FindMatches(*image_, options_, doc, &matches);
  std::vector<GazetteerMatch> out;
  for (const internal::Found& f : matches.found) {
    GazetteerMatch m;
    m.span = f.span;
    m.token_begin = f.token_begin;
    m.token_end = f.token_end;
    for (uint32_t i = 0; i < f.candidates_size; ++i) {
      const internal::FoundCandidate& c =
          matches.candidates[f.candidates_begin + i];
      m.candidates.push_back(
          {EntityAt(*image_, c.entity), c.mention_type, c.score});
    }
    out.push_back(std::move(m));
  }
  return out;
}

absl::StatusOr<GazetteerEntity> Gazetteer::FindEntity(
    std::string_view id) const {
  for (uint64_t i = 0; i < image_->entity_count(); ++i) {
    const gz::Entity* e = image_->entity(static_cast<uint32_t>(i));
    if (image_->Str(e->id) == id)
      return EntityAt(*image_, static_cast<uint32_t>(i));
  }
  return absl::NotFoundError(absl::StrCat("no entity with id ", Sv(id)));
}

GazetteerInfo Gazetteer::Info() const {
  GazetteerInfo info;
  const gz::Meta& meta = image_->meta();
  info.format_version = image_->header().version;
  info.image_bytes = image_->size();
  info.entities = meta.entity_count;
  info.aliases = meta.alias_count;
  info.vocabulary = meta.vocab_count;
  info.trie_nodes = meta.node_count;
  info.checksum = image_->header().checksum;
  info.description = std::string(image_->Str(meta.description));
  info.memory_mapped = image_->memory_mapped();
  return info;
}

}  // namespace sayso
