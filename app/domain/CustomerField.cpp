#include "app/domain/CustomerField.h"

#include "app/domain/ControlCharacters.h"
#include "app/domain/DomainTerms.h"
#include "app/domain/MobileNumber.h"
#include "app/domain/Money.h"
#include "app/domain/ResidentIdNumber.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace bd {

namespace {
CustomerField::Check accept(const QVariant &value)
{
    return { true, value, {} };
}

CustomerField::Check refuse(const QString &problem)
{
    return { false, {}, problem };
}

CustomerField::Check vocabulary(Vocabulary vocabulary, const QString &typed)
{
    const QString code = DomainTerms::codeFor(vocabulary, typed);
    if (code.isEmpty()) {
        // The choices in the user's words (男, 女), never the stored codes (M, F).
        QStringList labels;
        for (const QString &known : DomainTerms::codes(vocabulary))
            labels << DomainTerms::label(vocabulary, known);
        return refuse(CustomerField::tr("Use one of: %1.").arg(labels.join(QStringLiteral(", "))));
    }
    return accept(code);
}

// A person's name: letters of any script, including CJK characters outside the BMP that
// real names use, combining marks, the middle dot of minority names (买买提·艾力) and the
// space, hyphen and apostrophe of Latin names. Emoji, symbols and digits are not names.
bool isNameText(const QString &text)
{
    bool letter = false; // "·", "-" or "." alone is no name
    for (const char32_t c : text.toUcs4()) {
        if (QChar::isLetter(c) || QChar::isMark(c)) {
            letter = letter || QChar::isLetter(c);
            continue;
        }
        if (c == U'\u00B7' || c == U'\u30FB' || c == U'\u2027' || c == U' ' || c == U'-'
            || c == U'\'' || c == U'.')
            continue;
        return false;
    }
    return letter;
}

CustomerField::Check flag(const QString &typed)
{
    const QString t = typed.trimmed().toLower();
    if (t == QLatin1String("1") || t == QLatin1String("yes") || t == QLatin1String("true")
        || t == QStringLiteral("是"))
        return accept(1);
    if (t == QLatin1String("0") || t == QLatin1String("no") || t == QLatin1String("false")
        || t == QStringLiteral("否"))
        return accept(0);
    return refuse(CustomerField::tr("Use yes or no."));
}
} // namespace

QStringList CustomerField::editable()
{
    return { QStringLiteral("name"),           QStringLiteral("gender"),
             QStringLiteral("birth_date"),     QStringLiteral("id_number"),
             QStringLiteral("phone"),          QStringLiteral("address"),
             QStringLiteral("occupation"),     QStringLiteral("industry"),
             QStringLiteral("education"),      QStringLiteral("marital_status"),
             QStringLiteral("annual_income"),  QStringLiteral("lifecycle_stage"),
             QStringLiteral("do_not_contact"), QStringLiteral("marketing_consent") };
}

bool CustomerField::isEditable(const QString &field)
{
    return editable().contains(field);
}

bool CustomerField::isPersonalData(const QString &field)
{
    return field == QLatin1String("id_number") || field == QLatin1String("phone")
            || field == QLatin1String("address");
}

QString CustomerField::label(const QString &field)
{
    static const struct
    {
        const char *field;
        const char *label;
    } labels[] = {
        { "name", QT_TRANSLATE_NOOP("CustomerField", "Name") },
        { "gender", QT_TRANSLATE_NOOP("CustomerField", "Gender") },
        { "birth_date", QT_TRANSLATE_NOOP("CustomerField", "Birth date") },
        { "id_number", QT_TRANSLATE_NOOP("CustomerField", "ID number") },
        { "phone", QT_TRANSLATE_NOOP("CustomerField", "Mobile number") },
        { "address", QT_TRANSLATE_NOOP("CustomerField", "Address") },
        { "occupation", QT_TRANSLATE_NOOP("CustomerField", "Occupation") },
        { "industry", QT_TRANSLATE_NOOP("CustomerField", "Industry") },
        { "education", QT_TRANSLATE_NOOP("CustomerField", "Education") },
        { "marital_status", QT_TRANSLATE_NOOP("CustomerField", "Marital status") },
        { "annual_income", QT_TRANSLATE_NOOP("CustomerField", "Annual income") },
        { "lifecycle_stage", QT_TRANSLATE_NOOP("CustomerField", "Lifecycle stage") },
        { "do_not_contact", QT_TRANSLATE_NOOP("CustomerField", "Do not contact") },
        { "marketing_consent", QT_TRANSLATE_NOOP("CustomerField", "Marketing consent") },
    };
    for (const auto &entry : labels) {
        if (field == QLatin1String(entry.field))
            return CustomerField::tr(entry.label);
    }
    return field;
}

CustomerField::Check CustomerField::validate(const QString &field, const QString &typed,
                                             const QLocale &locale)
{
    // An invisible byte-order mark (pasted) would not survive JSON on its way to the other
    // desks (Qt's reader drops one at a string's start): the value would differ there.
    const QString text = QString(typed).remove(QChar(0xFEFF)).trimmed();
    if (ControlCharacters::contains(typed, field == QLatin1String("address")))
        return refuse(CustomerField::tr("Control characters (such as terminal escape "
                                        "sequences) are not allowed."));
    if (field == QLatin1String("name")) {
        if (text.isEmpty())
            return refuse(CustomerField::tr("A name cannot be empty."));
        if (text.size() > 40)
            return refuse(CustomerField::tr("A name has at most 40 characters."));
        if (!isNameText(text))
            return refuse(CustomerField::tr("A name is written in letters only (Chinese characters, "
                                            "the middle dot · of minority names, or Latin "
                                            "letters); no digits, symbols or emoji."));
        return accept(text);
    }
    if (field == QLatin1String("gender"))
        return vocabulary(Vocabulary::Gender, text);
    // Numbers and dates typed with a Chinese input method in full-width mode (１３９…,
    // １９８０－０２－０３) read as the ASCII ones.
    const QString folded = text.normalized(QString::NormalizationForm_KC);
    if (field == QLatin1String("birth_date")) {
        const QDate date = QDate::fromString(folded, Qt::ISODate);
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (!date.isValid() && shape.match(folded).hasMatch())
            return refuse(CustomerField::tr("%1 is not a day of the calendar.").arg(folded));
        if (!date.isValid())
            return refuse(CustomerField::tr("Write the date as YYYY-MM-DD."));
        if (date > QDate::currentDate() || date.year() < 1900)
            return refuse(CustomerField::tr("The birth date must lie between 1900 and today."));
        return accept(date.toString(Qt::ISODate));
    }
    if (field == QLatin1String("id_number")) {
        const QString id = folded.toUpper();
        const auto problem = ResidentIdNumber::check(id);
        if (problem != ResidentIdNumber::Problem::None)
            return refuse(ResidentIdNumber::problemText(problem));
        return accept(id);
    }
    if (field == QLatin1String("phone")) {
        if (!MobileNumber::isValid(folded))
            return refuse(MobileNumber::problemText());
        return accept(MobileNumber::normalized(folded));
    }
    if (field == QLatin1String("address")) {
        if (text.size() > 200)
            return refuse(CustomerField::tr("An address has at most 200 characters."));
        return accept(text);
    }
    if (field == QLatin1String("occupation") || field == QLatin1String("industry")
        || field == QLatin1String("education")) {
        if (text.size() > 60)
            return refuse(CustomerField::tr("At most 60 characters."));
        return accept(text);
    }
    if (field == QLatin1String("marital_status"))
        return vocabulary(Vocabulary::MaritalStatus, text);
    if (field == QLatin1String("lifecycle_stage"))
        return vocabulary(Vocabulary::LifecycleStage, text);
    if (field == QLatin1String("annual_income")) {
        const auto amount = Money::parse(text, locale);
        if (!amount)
            return refuse(CustomerField::tr("Write an amount such as 120000, 120,000.00 or 12万."));
        if (amount->isNegative())
            return refuse(CustomerField::tr("An income cannot be negative."));
        return accept(qint64(amount->fen()));
    }
    if (field == QLatin1String("do_not_contact") || field == QLatin1String("marketing_consent"))
        return flag(text);
    return refuse(CustomerField::tr("This field cannot be edited: %1.").arg(field));
}

} // namespace bd
