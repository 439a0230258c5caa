#include "gazetteer/units.h"

#include <utf8proc.h>

#include "core/utf8.h"
#include "sayso/normalize.h"

namespace sayso::internal {
namespace {

// Hyphen-like code points that the key folding maps to '-'.
bool IsHyphenCodePoint(char32_t c) {
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 ||
         c == 0xFE58 || c == 0xFE63 || c == 0xFF0D;
}

bool IsLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  utf8proc_category_t cat = utf8proc_category(static_cast<int32_t>(c));
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

bool IsLower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return utf8proc_category(static_cast<int32_t>(c)) == UTF8PROC_CATEGORY_LL;
}

bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  utf8proc_category_t cat = utf8proc_category(static_cast<int32_t>(c));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

// Shape of text[begin, end): letters, first letter upper, no lower case.
void Shape(std::string_view text, Unit* u) {
  bool first = true;
  bool any_lower = false;
  {
    // ASCII text (most): the same rules in one pass, without decoding;
    // the first byte >= 0x80 sends the whole text to the decoding loop.
    bool has_letter = false, capitalized = false, ascii = true;
    for (char ch : text) {
      const unsigned char c = static_cast<unsigned char>(ch);
      if (c >= 0x80) {
        ascii = false;
        break;
      }
      const bool upper = static_cast<unsigned>(c - 'A') < 26u;
      const bool lower = static_cast<unsigned>(c - 'a') < 26u;
      if (!upper && !lower) continue;
      if (first) capitalized = upper;
      first = false;
      has_letter = true;
      any_lower |= lower;
    }
    if (ascii) {
      if (has_letter) {
        u->has_letter = true;
        u->capitalized = capitalized;
      }
      u->all_caps = u->has_letter && !any_lower;
      return;
    }
    first = true;
    any_lower = false;
  }
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t c;
    size_t bad;
    size_t n = DecodeUtf8(text, pos, &c, &bad);
    if (n == 0) {
      pos += bad;
      continue;
    }
    pos += n;
    if (!IsLetter(c)) continue;
    u->has_letter = true;
    if (first) u->capitalized = IsUpper(c);
    first = false;
    if (IsLower(c)) any_lower = true;
  }
  u->all_caps = u->has_letter && !any_lower;
}

const uint64_t kDashHash = KeyHash("-");

}  // namespace

size_t TokenUnits(const Tokens& tokens, size_t i, Unit* out,
                  std::string_view* keys) {
  std::string_view key = tokens.key(i);
  if (key.empty()) return 0;
  Unit u;
  u.token = static_cast<uint32_t>(i);
  u.begin = tokens.begin(i);
  u.end = tokens.end(i);
  if (!KeyHasHyphen(key)) {
    u.hash = tokens.key_hash(i);
    uint16_t f = tokens.flags(i);
    u.has_letter = (f & token_flags::kHasLetter) != 0;
    if (u.has_letter) {
      u.capitalized = (f & token_flags::kCapitalized) != 0;
      u.all_caps = (f & token_flags::kAllCaps) != 0;
    }
    out[0] = u;
    if (keys) keys[0] = key;
    return 1;
  }
  if (key.find_first_not_of('-') == std::string_view::npos) {
    u.hash = kDashHash;
    out[0] = u;
    if (keys) keys[0] = "-";
    return 1;
  }
  // Split the key and the original text at hyphens; if both give the same
  // number of non-empty parts, each part is a unit with its own span.
  // Part bounds as plain offsets (left uninitialized: arrays of views or
  // pairs would be zeroed at every call).
  uint32_t key_begin[kMaxUnitsPerToken], key_end[kMaxUnitsPerToken];
  size_t nk = 0;
  bool too_many = false;
  for (size_t start = 0; start <= key.size();) {
    size_t stop = key.find('-', start);
    if (stop == std::string_view::npos) stop = key.size();
    if (stop > start) {
      if (nk == kMaxUnitsPerToken) {
        too_many = true;
        break;
      }
      key_begin[nk] = static_cast<uint32_t>(start);
      key_end[nk] = static_cast<uint32_t>(stop);
      ++nk;
    }
    start = stop + 1;
  }
  std::string_view text = tokens.text(i);
  uint32_t text_begin[kMaxUnitsPerToken], text_end[kMaxUnitsPerToken];
  size_t nt = 0;
  // ASCII text as long as its key, with its '-' where the key has them (the
  // folding maps ASCII byte for byte): the text's parts are the key's. One
  // test per byte, without a branch, instead of the decoding loop below.
  bool same_parts = !too_many && text.size() == key.size();
  if (same_parts) {
    unsigned differ = 0;
    for (size_t p = 0; p < text.size(); ++p) {
      const unsigned char c = static_cast<unsigned char>(text[p]);
      differ |= (c >> 7) | ((c == '-') ^ (key[p] == '-'));
    }
    same_parts = differ == 0;
  }
  if (same_parts) {
    for (size_t k = 0; k < nk; ++k) {
      text_begin[k] = key_begin[k];
      text_end[k] = key_end[k];
    }
    nt = nk;
  }
  size_t part_begin = 0;
  size_t pos = 0;
  while (!same_parts && !too_many && pos <= text.size()) {
    char32_t c = 0;
    size_t n = 0;
    size_t bad = 1;
    bool at_end = pos == text.size();
    if (!at_end) {
      if (static_cast<unsigned char>(text[pos]) < 0x80) {
        c = static_cast<unsigned char>(text[pos]);
        n = 1;
      } else {
        n = DecodeUtf8(text, pos, &c, &bad);
      }
    }
    if (at_end || (n > 0 && IsHyphenCodePoint(c))) {
      if (pos > part_begin) {
        if (nt == kMaxUnitsPerToken) {
          too_many = true;
          break;
        }
        text_begin[nt] = static_cast<uint32_t>(part_begin);
        text_end[nt] = static_cast<uint32_t>(pos);
        ++nt;
      }
      if (at_end) break;
      pos += n;
      part_begin = pos;
      continue;
    }
    pos += n > 0 ? n : bad;
  }
  if (too_many || nt != nk) {
    // Cannot align parts with the text: keep the token whole.
    u.hash = tokens.key_hash(i);
    Shape(text, &u);
    out[0] = u;
    if (keys) keys[0] = key;
    return 1;
  }
  for (size_t k = 0; k < nk; ++k) {
    const std::string_view part_key =
        key.substr(key_begin[k], key_end[k] - key_begin[k]);
    Unit part = u;
    part.hash = KeyHash(part_key);
    part.begin = u.begin + text_begin[k];
    part.end = u.begin + text_end[k];
    part.part = static_cast<uint8_t>(k);
    part.last_part = k + 1 == nk;
    Shape(text.substr(text_begin[k], text_end[k] - text_begin[k]), &part);
    out[k] = part;
    if (keys) keys[k] = part_key;
  }
  return nk;
}

void AppendUnits(const Tokens& tokens, std::vector<Unit>* units,
                 std::vector<std::string>* keys) {
  Unit parts[kMaxUnitsPerToken];
  std::string_view part_keys[kMaxUnitsPerToken];
  for (size_t i = 0; i < tokens.size(); ++i) {
    size_t n = TokenUnits(tokens, i, parts, keys ? part_keys : nullptr);
    units->insert(units->end(), parts, parts + n);
    if (keys) {
      for (size_t k = 0; k < n; ++k) keys->emplace_back(part_keys[k]);
    }
  }
}

std::string CaseSignature(std::string_view text) {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t c;
    size_t bad;
    size_t n = DecodeUtf8(text, pos, &c, &bad);
    if (n == 0) {
      pos += bad;
      continue;
    }
    bool keep;
    if (c < 0x80) {
      keep = ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
    } else {
      utf8proc_category_t cat = utf8proc_category(static_cast<int32_t>(c));
      keep = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO;
    }
    if (keep) out.append(text.substr(pos, n));
    pos += n;
  }
  return out;
}

void CountLetters(std::string_view text, int* letters, int* lower) {
  *letters = 0;
  *lower = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t c;
    size_t bad;
    size_t n = DecodeUtf8(text, pos, &c, &bad);
    if (n == 0) {
      pos += bad;
      continue;
    }
    pos += n;
    if (IsLetter(c)) {
      ++*letters;
      if (IsLower(c)) ++*lower;
    }
  }
}

bool IsNameParticle(std::string_view key) {
  static constexpr std::string_view kParticles[] = {
      "of",    "the", "and", "for", "on", "upon", "in",  "at",  "de", "del",
      "della", "la",  "le",  "les", "du", "da",   "das", "dos", "do", "di",
      "von",   "van", "der", "den", "am", "im",   "an",  "sur", "en", "y",
      "al",    "el",  "bin", "ibn", "'s", "na",   "nad", "pod", "u"};
  for (std::string_view p : kParticles) {
    if (key == p) return true;
  }
  return false;
}

}  // namespace sayso::internal
