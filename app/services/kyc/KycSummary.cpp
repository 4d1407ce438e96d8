#include "app/services/kyc/KycSummary.h"

#include "app/domain/DomainTerms.h"
#include "app/domain/Masking.h"
#include "app/services/kyc/KycAnswerValue.h"
#include "app/services/kyc/KycFields.h"
#include "app/services/kyc/KycRuleEngine.h"
#include "database/core/SqlTime.h"
#include "database/kyc/KycCustomerRecords.h"
#include "database/kyc/KycSessionRepository.h"

namespace bd {

std::optional<KycSummary::Data> KycSummary::collect(Store &store, KycService &service,
                                                    const CustomerId &customer)
{
    if (!service.mayRun())
        return std::nullopt;
    const auto [name, cif] = KycCustomerRecords(store).customerNameAndCif(customer);
    if (cif.isEmpty())
        return std::nullopt;
    Data data;
    data.maskedName = Masking::name(name);
    data.cifNo = cif;
    if (const std::optional<KycSessionRow> latest
        = KycSessionRepository(store).latestFinal(customer))
        data.version = *latest;
    data.answers = service.knownAnswers(customer).valueOr({});
    QHash<QString, QJsonObject> values;
    for (auto it = data.answers.cbegin(); it != data.answers.cend(); ++it)
        values.insert(it.key(), it.value().value);
    data.risk = KycRuleEngine(service.bank()).riskProfile(values);
    data.tags = service.tags(customer).valueOr({});
    return data;
}

QString KycSummary::html(const KycQuestionBank &bank, const Data &data, const QLocale &locale)
{
    auto escape = [](const QString &text) { return text.toHtmlEscaped(); };
    QString out;
    out += QStringLiteral("<html><body style='font-size:8pt'>");
    out += QStringLiteral("<h2>%1</h2>").arg(escape(tr("KYC summary")));
    const QString when = data.version.finishedAt.isEmpty()
            ? tr("no final version yet")
            : locale.toString(SqlTime::parseTimestamp(data.version.finishedAt).toLocalTime(),
                              QLocale::ShortFormat);
    out += QStringLiteral("<p>%1</p>")
                   .arg(escape(tr("Customer %1 · CIF %2 · KYC version %3 (%4) · by %5")
                                       .arg(data.maskedName, data.cifNo)
                                       .arg(data.version.versionNo)
                                       .arg(when, data.version.staffName)));
    out += QStringLiteral("<p><b>%1</b> %2</p>")
                   .arg(escape(tr("Risk profile:")), escape(data.risk.label()));
    if (!data.risk.drivers.isEmpty()) {
        QStringList drivers;
        for (const RiskDriver &driver : data.risk.drivers) {
            const KycQuestion *question = bank.question(driver.questionId);
            if (!question)
                continue;
            drivers << escape(tr("%1: %2 (score %3, weight %4)")
                                      .arg(KycFields::label(question->field),
                                           KycAnswerValue::display(
                                                   *question, data.answers.value(driver.questionId).value,
                                                   locale))
                                      .arg(driver.score)
                                      .arg(driver.weight));
        }
        out += QStringLiteral("<p>%1 %2</p>").arg(escape(tr("Driven by:")),
                                                    drivers.join(QStringLiteral("; ")));
    }
    out += QStringLiteral("<table border='1' cellspacing='0' cellpadding='2' width='100%'>");
    for (const KycCell &cell : bank.cells()) {
        out += QStringLiteral("<tr><td colspan='2' style='background:#e8eef5'><b>%1</b></td></tr>")
                       .arg(escape(cell.title.text(locale)));
        for (const KycQuestion &question : cell.questions) {
            if (!data.answers.contains(question.id))
                continue;
            const KycKnownAnswer &known = data.answers.value(question.id);
            QString value = escape(KycAnswerValue::display(question, known.value, locale));
            if (known.inDraft)
                value += QStringLiteral(" <i>(%1)</i>").arg(escape(tr("draft")));
            out += QStringLiteral("<tr><td width='35%'>%1</td><td>%2</td></tr>")
                           .arg(escape(KycFields::label(question.field)), value);
        }
    }
    out += QStringLiteral("</table>");
    QStringList tags;
    for (const KycTagRow &tag : data.tags)
        tags << escape(QStringLiteral("%1: %2 %3%").arg(DomainTerms::label(Vocabulary::TagCategory,
                                                                            tag.category),
                                                         tag.value, QString::number(tag.confidence)));
    if (!tags.isEmpty())
        out += QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(escape(tr("Tags:")), tags.join(QStringLiteral(", ")));
    out += QStringLiteral("</body></html>");
    return out;
}

} // namespace bd
