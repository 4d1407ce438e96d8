// EventBatch::fromCsv: a core-banking export as CSV (RFC 4180 quoting, a header line naming
// the wire form's keys), read into the same JSON objects the wire form has so that one
// parser checks both. Empty cells are absent fields.
#include "app/rules/EventParser.h"

#include <QJsonObject>

namespace bd {

namespace {

// The cells of the next record from `pos`; quoted cells may hold commas, quotes ("") and
// line breaks. Sets *ok to false on a quote left open.
QStringList nextRecord(const QString &text, qsizetype &pos, bool *ok)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    *ok = true;
    while (pos < text.size()) {
        const QChar c = text.at(pos++);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (pos < text.size() && text.at(pos) == QLatin1Char('"')) {
                    cell += c;
                    ++pos;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            cells << cell;
            cell.clear();
        } else if (c == QLatin1Char('\n')) {
            break;
        } else if (c != QLatin1Char('\r')) {
            cell += c;
        }
    }
    if (quoted)
        *ok = false;
    cells << cell;
    return cells;
}

// A cell as the JSON value its key has on the wire.
QJsonValue cellValue(const QString &key, const QString &cell)
{
    if (key == QLatin1String("amount_fen")) {
        bool isNumber = false;
        const qint64 fen = cell.toLongLong(&isNumber);
        return isNumber ? QJsonValue(double(fen)) : QJsonValue(cell);
    }
    if (key == QLatin1String("first")) {
        if (cell == QLatin1String("true") || cell == QLatin1String("1"))
            return true;
        if (cell == QLatin1String("false") || cell == QLatin1String("0"))
            return false;
    }
    return cell;
}

} // namespace

EventBatch EventBatch::fromCsv(const QByteArray &bytes, const QDateTime &now)
{
    EventBatch batch;
    // Marks go wherever they are, not only first: one inside an id (two exports joined) would
    // be lost on the JSON way to the store, and the event would arrive twice under two ids.
    QString text = QString::fromUtf8(bytes);
    text.remove(QChar(0xfeff));
    qsizetype pos = 0;
    bool ok = true;
    const QStringList header = nextRecord(text, pos, &ok);
    if (!ok || header.isEmpty() || !header.contains(QLatin1String("event_id"))) {
        batch.error = EventParser::tr("The first line of a CSV file must name the columns "
                                      "(event_id, kind, cif_no, occurred_at, ...).");
        return batch;
    }
    int line = 1;
    while (pos < text.size()) {
        const int number = ++line;
        const qsizetype before = pos;
        const QStringList cells = nextRecord(text, pos, &ok);
        line += int(text.mid(before, pos - before).count(QLatin1Char('\n'))) - 1;
        if (!ok) {
            batch.problems.append({number, {}, {}, EventParser::tr("a quote is left open.")});
            break;
        }
        if (cells.size() == 1 && cells.first().trimmed().isEmpty())
            continue;
        if (cells.size() != header.size()) {
            batch.problems.append({number, {}, {},
                                   EventParser::tr("has %1 cells; the header names %2.")
                                           .arg(cells.size())
                                           .arg(header.size())});
            continue;
        }
        QJsonObject object;
        for (qsizetype i = 0; i < header.size(); ++i) {
            const QString key = header.at(i).trimmed();
            if (!cells.at(i).isEmpty())
                object.insert(key, cellValue(key, cells.at(i)));
        }
        const auto event = EventParser::fromJson(object, EventParser::Origin::Feed, now, number,
                                                 &batch.problems);
        if (event) {
            batch.events << *event;
            batch.events.last().source = MarketingEvent::Source::Import;
        }
    }
    return batch;
}

} // namespace bd
