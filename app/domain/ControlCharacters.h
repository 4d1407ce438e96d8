#pragma once

#include <QString>

namespace bd::ControlCharacters {
// Terminal control characters: C0 (U+0000-U+001F) and DEL, C1 (U+0080-U+009F), and the
// bidirectional overrides that reorder what a reader sees. Names and other text typed by
// people never need them; printed to a terminal they can move the cursor, rewrite earlier
// lines or run escape sequences (ESC [ ...), so input refuses them and output strips them.
bool isControl(QChar c);
// True if the text holds a control character; newline and tab count when !allowLineBreaks.
bool contains(const QString &text, bool allowLineBreaks = false);
// The text without control characters; newline and tab are kept (they are meaningful in
// printed tables and messages), carriage return is not (it rewrites the line).
QString strip(const QString &text);
} // namespace bd::ControlCharacters
