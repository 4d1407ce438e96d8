// The key scheme of the search index: which keys a customer is filed under and which key
// ranges a typed text looks up (CustomerSearchIndex.cpp does the storing and the lookup).
#include "database/search/CustomerSearchIndex.h"

#include "database/core/FieldKeys.h"
#include "database/search/Pinyin.h"

#include <QRegularExpression>

namespace bd {

namespace {
// Key prefixes: whole name / later part of the name, whole pinyin / from a later syllable,
// initials / later initials, CIF, mobile and ID number reversed.
const QString kName = QStringLiteral("n:");
const QString kNamePart = QStringLiteral("ns:");
const QString kPinyin = QStringLiteral("p:");
const QString kPinyinPart = QStringLiteral("ps:");
const QString kInitials = QStringLiteral("i:");
const QString kInitialsPart = QStringLiteral("is:");
const QString kCif = QStringLiteral("c:");
const QString kMobileReversed = QStringLiteral("mr:");
const QString kIdReversed = QStringLiteral("dr:");
// Blind keys (encrypted file): whole number, and last 4/5/6 characters.
const QString kMobileBlind = QStringLiteral("mb:");
const QString kMobileBlindSuffix = QStringLiteral("ms:");
const QString kIdBlind = QStringLiteral("db:");
const QString kIdBlindSuffix = QStringLiteral("ds:");
// Sorts after every character, astral planes included, for "key < prefix + kTop".
const QString kTop = QString::fromUcs4(U"\U0010FFFF", 1);

QString reversed(const QString &text)
{
    QString result = text;
    std::reverse(result.begin(), result.end());
    return result;
}

// Digits (and the X of an ID number) only, upper case: how a number is typed.
QString normalisedNumber(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit() || c == QLatin1Char('x') || c == QLatin1Char('X'))
            result.append(c.toUpper());
    }
    return result;
}

// The blind tokens of one number: domain "m"/"d" for the whole, "m4", "d6", ... for tails.
QString blindWhole(const FieldKeys &keys, const char *domain, const QString &number)
{
    return keys.blindToken(QByteArrayView(domain), number.toLatin1());
}

QString blindTail(const FieldKeys &keys, const char *domain, int length, const QString &tail)
{
    const QByteArray tagged = QByteArray(domain) + QByteArray::number(length);
    return keys.blindToken(tagged, tail.toLatin1());
}

void addBlindKeys(QStringList &out, const FieldKeys &keys, const char *domain,
                  const QString &whole, const QString &suffixPrefix, const QString &number)
{
    if (number.isEmpty())
        return;
    out << whole + blindWhole(keys, domain, number);
    for (const int length : CustomerSearchIndex::kSuffixLengths) {
        if (number.size() > length)
            out << suffixPrefix + blindTail(keys, domain, length, number.right(length));
    }
}

bool containsHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x2E80; });
}
} // namespace

QString CustomerSearchIndex::normalisedNumberOf(const QString &text)
{
    return normalisedNumber(text);
}

QStringList CustomerSearchIndex::keysFor(const CustomerKeyInput &customer, const FieldKeys *blind)
{
    QStringList keys;
    const QString name = customer.name.simplified().remove(QLatin1Char(' '));
    if (!name.isEmpty()) {
        keys << kName + name;
        const QList<uint> characters = name.toUcs4();
        for (int i = 1; i < characters.size(); ++i)
            keys << kNamePart + QString::fromUcs4(reinterpret_cast<const char32_t *>(characters.constData()) + i,
                                                  characters.size() - i);
        const Pinyin::NameSpellings spellings = Pinyin::forName(name);
        for (int v = 0; v < spellings.full.size(); ++v) {
            keys << kPinyin + spellings.full.at(v);
            const QStringList &syllables = spellings.syllables.at(v);
            for (int i = 1; i < syllables.size(); ++i)
                keys << kPinyinPart + syllables.mid(i).join(QString());
        }
        for (const QString &initials : spellings.initials) {
            keys << kInitials + initials;
            for (int i = 1; i + 1 < initials.size(); ++i)
                keys << kInitialsPart + initials.mid(i);
        }
    }
    if (!customer.cifNo.isEmpty())
        keys << kCif + customer.cifNo.toUpper();
    if (blind) {
        addBlindKeys(keys, *blind, "m", kMobileBlind, kMobileBlindSuffix,
                     normalisedNumber(customer.phone));
        addBlindKeys(keys, *blind, "d", kIdBlind, kIdBlindSuffix,
                     normalisedNumber(customer.idNumber));
    } else {
        if (!customer.phone.isEmpty())
            keys << kMobileReversed + reversed(customer.phone);
        if (!customer.idNumber.isEmpty())
            keys << kIdReversed + reversed(customer.idNumber.toUpper());
    }
    keys.removeDuplicates();
    return keys;
}

QString CustomerSearchIndex::top()
{
    return kTop;
}

QList<CustomerSearchIndex::KeyRange> CustomerSearchIndex::rangesFor(const QString &typed,
                                                                    const FieldKeys *blind)
{
    QString text = typed.simplified().remove(QLatin1Char(' '));
    if (text.isEmpty())
        return {};

    static const QRegularExpression cif(QStringLiteral("^[cC]\\d+$"));
    static const QRegularExpression digits(QStringLiteral("^\\d+[xX]?$"));
    static const QRegularExpression latin(QStringLiteral("^[a-zA-Z]+$"));
    if (containsHan(text))
        return {{kName + text, MatchKind::Name, 1, 0, {}, {}}, {kNamePart + text, MatchKind::Name, 2, 2, {}, {}}};
    if (cif.match(text).hasMatch())
        return {{kCif + text.toUpper(), MatchKind::Cif, 1, 0, {}, {}}};
    if (digits.match(text).hasMatch()) {
        if (text.size() < 4)
            return {}; // three digits match a tenth of the branch: not a search
        if (blind) {
            const QString number = text.toUpper();
            // The longest indexed tail the typed text covers; more typed than that is
            // checked against the opened value.
            int tail = 0;
            for (const int length : kSuffixLengths)
                tail = number.size() >= length ? length : tail;
            const QString verify = number.size() > tail ? number : QString();
            return {{kMobileBlind + blindWhole(*blind, "m", number), MatchKind::Mobile, 0, 0, {}, {}},
                    {kIdBlind + blindWhole(*blind, "d", number), MatchKind::IdNumber, 0, 0, {}, {}},
                    {kMobileBlindSuffix + blindTail(*blind, "m", tail, number.right(tail)),
                     MatchKind::Mobile, 2, 2, verify, QStringLiteral("phone")},
                    {kIdBlindSuffix + blindTail(*blind, "d", tail, number.right(tail)),
                     MatchKind::IdNumber, 2, 2, verify, QStringLiteral("id_number")}};
        }
        const QString backwards = reversed(text.toUpper());
        return {{kMobileReversed + backwards, MatchKind::Mobile, 2, 0, {}, {}},
                {kIdReversed + backwards, MatchKind::IdNumber, 2, 0, {}, {}}};
    }
    if (latin.match(text).hasMatch()) {
        const QString lower = text.toLower();
        return {{kInitials + lower, MatchKind::Initials, 1, 0, {}, {}},
                {kPinyin + lower, MatchKind::Pinyin, 1, 0, {}, {}},
                {kInitialsPart + lower, MatchKind::Initials, 2, 2, {}, {}},
                {kPinyinPart + lower, MatchKind::Pinyin, 2, 2, {}, {}}};
    }
    return {{kName + text, MatchKind::Name, 1, 0, {}, {}}};
}

} // namespace bd
