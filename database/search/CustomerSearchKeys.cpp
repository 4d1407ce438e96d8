// The key scheme of the search index: which keys a customer is filed under and which key
// ranges a typed text looks up (CustomerSearchIndex.cpp does the storing and the lookup).
#include "database/search/CustomerSearchIndex.h"

#include "app/domain/Masking.h"
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
// The same for spellings that read a given-name character uncustomarily: they match, but
// rank after the customary spellings.
const QString kOtherPinyin = QStringLiteral("po:");
const QString kOtherPinyinPart = QStringLiteral("pos:");
const QString kOtherInitials = QStringLiteral("io:");
const QString kOtherInitialsPart = QStringLiteral("ios:");
const QString kCif = QStringLiteral("c:");
const QString kMobileReversed = QStringLiteral("mr:");
const QString kIdReversed = QStringLiteral("dr:");
// Blind keys (encrypted file), lossy where they cover digits the mask hides (SECURITY.md §4):
// mb: the masked mobile's token + one character (6 bits) of the whole number's token;
// db: the masked ID number's token only (first 6 + last 4: nothing of the birth date);
// ms: / ds: the token of the last 4, which every mask shows.
const QString kMobileBlind = QStringLiteral("mb:");
const QString kMobileBlindSuffix = QStringLiteral("ms:");
const QString kIdBlind = QStringLiteral("db:");
const QString kIdBlindSuffix = QStringLiteral("ds:");
// ar: the whole address (households compare it; nobody types it), keyed under the reveal key:
// only a session that may open the address makes it, so the index key, which every role
// holds, cannot test a guessed address. "ab:" was the same under the index key (before v6).
const QString kAddressBlind = QStringLiteral("ar:");
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

// The blind tokens of one number: domain "m"/"d" for the whole, "m4", "d4" for the tail,
// "mm"/"dm" for the digits its mask shows.
QString blindWhole(const FieldKeys &keys, const char *domain, const QString &number)
{
    return keys.blindToken(QByteArrayView(domain), number.toLatin1());
}

QString blindTail(const FieldKeys &keys, const char *domain, int length, const QString &tail)
{
    const QByteArray tagged = QByteArray(domain) + QByteArray::number(length);
    return keys.blindToken(tagged, tail.toLatin1());
}

// The characters of a (normalised) number its mask shows, in order; empty when the mask
// shows none (a number too short to keep both ends).
QString shownOf(const QString &number, int head, int tail)
{
    return number.size() <= head + tail ? QString() : number.left(head) + number.right(tail);
}

// The part of the whole number's token that goes into the mobile key: few enough bits
// that every key matches about 10^4 / 64 of the numbers its mask allows.
QString lossyPart(const FieldKeys &keys, const QString &number)
{
    return blindWhole(keys, "m", number).left(CustomerSearchIndex::kLossyCharacters);
}

QString mobileWholeKey(const FieldKeys &keys, const QString &shown, const QString &lossy)
{
    return kMobileBlind + blindWhole(keys, "mm", shown) + lossy;
}

QString idWholeKey(const FieldKeys &keys, const QString &shown)
{
    return kIdBlind + blindWhole(keys, "dm", shown);
}

void addMobileKeys(QStringList &out, const FieldKeys &keys,
                   const CustomerSearchIndex::CustomerKeyInput &customer)
{
    const QString number = normalisedNumber(customer.phone);
    const QString shown = number.isEmpty() ? normalisedNumber(customer.phoneMask)
                                           : shownOf(number, 3, 4);
    const QString lossy = number.isEmpty() ? customer.phoneLossy : lossyPart(keys, number);
    if (shown.size() >= 4)
        out << kMobileBlindSuffix + blindTail(keys, "m", 4, shown.right(4));
    if (!lossy.isEmpty())
        out << mobileWholeKey(keys, shown, lossy);
}

void addIdKeys(QStringList &out, const FieldKeys &keys,
               const CustomerSearchIndex::CustomerKeyInput &customer)
{
    const QString number = normalisedNumber(customer.idNumber);
    const QString shown = number.isEmpty() ? normalisedNumber(customer.idMask)
                                           : shownOf(number, 6, 4);
    if (shown.size() < 4)
        return;
    out << kIdBlindSuffix + blindTail(keys, "d", 4, shown.right(4));
    out << idWholeKey(keys, shown);
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
            const bool customary = spellings.fullCustomary.at(v);
            keys << (customary ? kPinyin : kOtherPinyin) + spellings.full.at(v);
            const QStringList &syllables = spellings.syllables.at(v);
            for (int i = 1; i < syllables.size(); ++i)
                keys << (customary ? kPinyinPart : kOtherPinyinPart)
                                + syllables.mid(i).join(QString());
        }
        for (int v = 0; v < spellings.initials.size(); ++v) {
            const QString &initials = spellings.initials.at(v);
            const bool customary = spellings.initialsCustomary.at(v);
            keys << (customary ? kInitials : kOtherInitials) + initials;
            for (int i = 1; i + 1 < initials.size(); ++i)
                keys << (customary ? kInitialsPart : kOtherInitialsPart) + initials.mid(i);
        }
    }
    if (!customer.cifNo.isEmpty())
        keys << kCif + customer.cifNo.toUpper();
    if (blind) {
        addMobileKeys(keys, *blind, customer);
        const QString address = addressKeyOf(customer.address, *blind);
        if (!address.isEmpty())
            keys << address;
        addIdKeys(keys, *blind, customer);
    } else {
        if (!customer.phone.isEmpty())
            keys << kMobileReversed + reversed(customer.phone);
        if (!customer.idNumber.isEmpty())
            keys << kIdReversed + reversed(customer.idNumber.toUpper());
    }
    keys.removeDuplicates();
    return keys;
}

QString CustomerSearchIndex::sharedMobilePrefix()
{
    return kMobileBlind;
}

QString CustomerSearchIndex::sharedAddressPrefix()
{
    return kAddressBlind;
}

QString CustomerSearchIndex::addressKeyOf(const QString &address, const FieldKeys &keys)
{
    const QString normalised = normalisedAddress(address);
    const QString token = normalised.isEmpty() ? QString()
                                               : keys.revealToken("a", normalised.toUtf8());
    return token.isEmpty() ? QString() : kAddressBlind + token;
}

QString CustomerSearchIndex::normalisedAddress(const QString &address)
{
    const QString folded = address.normalized(QString::NormalizationForm_KC).toUpper();
    QString result;
    result.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            result.append(c);
    }
    return result;
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
    // As staff type it: a Chinese input method in full-width mode gives ０００４ and ｚｓｆ
    // (folded to ASCII; names keep their characters as stored), a number copied from a card
    // comes with dashes and the country code (+86 139-1111-0003).
    if (const QString folded = text.normalized(QString::NormalizationForm_KC)
                                       .remove(QLatin1Char(' '));
        !containsHan(folded)) {
        text = folded;
        QString undashed = QString(text).remove(QLatin1Char('-'));
        if (undashed.startsWith(QLatin1String("+86")))
            undashed = undashed.mid(3);
        if (!undashed.isEmpty() && digits.match(undashed).hasMatch())
            text = undashed;
    }
    if (containsHan(text))
        return {{kName + text, MatchKind::Name, 1, 0, {}, {}}, {kNamePart + text, MatchKind::Name, 2, 2, {}, {}}};
    if (cif.match(text).hasMatch())
        return {{kCif + text.toUpper(), MatchKind::Cif, 1, 0, {}, {}}};
    if (digits.match(text).hasMatch()) {
        if (text.size() < 4)
            return {}; // three digits match a tenth of the branch: not a search
        if (blind) {
            // The whole number's keys (exact, ranked first) and its last 4's; what was
            // typed beyond what a key covers is checked against the customer's value.
            const QString number = text.toUpper();
            const QString verify = number.size() > 4 ? number : QString();
            QList<KeyRange> ranges;
            if (number.size() == 11) // a mobile number
                ranges.append({mobileWholeKey(*blind, shownOf(number, 3, 4), lossyPart(*blind, number)),
                               MatchKind::Mobile, 0, 0, verify, QStringLiteral("phone")});
            if (number.size() == 18 || number.size() == 15) // an ID number
                ranges.append({idWholeKey(*blind, shownOf(number, 6, 4)), MatchKind::IdNumber, 0, 0, verify,
                               QStringLiteral("id_number")});
            ranges.append({kMobileBlindSuffix + blindTail(*blind, "m", 4, number.right(4)),
                           MatchKind::Mobile, 2, 2, verify, QStringLiteral("phone")});
            ranges.append({kIdBlindSuffix + blindTail(*blind, "d", 4, number.right(4)),
                           MatchKind::IdNumber, 2, 2, verify, QStringLiteral("id_number")});
            return ranges;
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
                {kPinyinPart + lower, MatchKind::Pinyin, 2, 2, {}, {}},
                {kOtherInitials + lower, MatchKind::Initials, 2, 1, {}, {}},
                {kOtherPinyin + lower, MatchKind::Pinyin, 2, 1, {}, {}},
                {kOtherInitialsPart + lower, MatchKind::Initials, 3, 3, {}, {}},
                {kOtherPinyinPart + lower, MatchKind::Pinyin, 3, 3, {}, {}}};
    }
    return {{kName + text, MatchKind::Name, 1, 0, {}, {}}};
}

} // namespace bd
