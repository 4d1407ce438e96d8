#pragma once

#include <QList>
#include <QString>

namespace bd {

// Where PostgreSQL's lexer would meet each ? of `statement` as a token of its own: not
// inside a string constant ('...', E'...' with its backslash escapes, $$...$$ or
// $tag$...$tag$), a quoted identifier ("...") or a comment (-- to the end of the line,
// /* */ nested). Standard strings take backslashes literally (standard_conforming_strings,
// PostgreSQL's default since 9.1 and what the server's sessions run with).
//
// ServerStatement writes its values into the text there when a pooler lends sessions per
// transaction: a ? counted wrongly would shift every later value into the wrong column.
QList<qsizetype> postgresPlaceholders(const QString &statement);

} // namespace bd
