#include "app/domain/voice/VoiceText.h"

#include "app/domain/voice/T2sTable.h"

#include <array>
#include <memory>

namespace bd::VoiceText {

namespace {

// One entry per UTF-16 unit: 128 KiB, built once; a lookup per character.
const std::array<char16_t, 65536> &table()
{
    static const std::unique_ptr<std::array<char16_t, 65536>> map = [] {
        auto t = std::make_unique<std::array<char16_t, 65536>>();
        for (int c = 0; c < 65536; ++c)
            (*t)[c] = char16_t(c);
        for (int c = 'A'; c <= 'Z'; ++c)
            (*t)[c] = char16_t(c - 'A' + 'a');
        for (int c = 0xFF01; c <= 0xFF5E; ++c) { // full-width ASCII forms
            char16_t ascii = char16_t(c - 0xFEE0);
            if (ascii >= 'A' && ascii <= 'Z')
                ascii = char16_t(ascii - 'A' + 'a');
            (*t)[c] = ascii;
        }
        (*t)[0x3000] = u' '; // ideographic space
        (*t)[0xFF0C] = u'，'; // keep the Chinese comma (a phrase break either way)
        for (int i = 0; i < T2sTable::kEntryCount; ++i)
            (*t)[T2sTable::kEntries[i].from] = T2sTable::kEntries[i].to;
        return t;
    }();
    return *map;
}

} // namespace

char16_t normalisedChar(char16_t c)
{
    return table()[c];
}

QString normalised(QStringView text)
{
    const std::array<char16_t, 65536> &map = table();
    QString out(text.size(), Qt::Uninitialized);
    char16_t *to = reinterpret_cast<char16_t *>(out.data());
    const char16_t *from = text.utf16();
    for (qsizetype i = 0; i < text.size(); ++i)
        to[i] = map[from[i]];
    return out;
}

bool isSentenceBreak(char16_t c)
{
    switch (c) {
    case u'。': case u'！': case u'？': case u'；': case u'!': case u'?': case u';':
    case u'\n': case u'\r': case u'…':
        return true;
    default:
        return false;
    }
}

bool isPhraseBreak(char16_t c)
{
    switch (c) {
    case u'，': case u',': case u'、': case u'：': case u':': case u' ': case u'\t':
    case u'（': case u'）': case u'(': case u')': case u'“': case u'”': case u'"':
        return true;
    default:
        return isSentenceBreak(c);
    }
}

} // namespace bd::VoiceText
